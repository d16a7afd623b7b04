"""Event identity: which dated mentions, across sentences and articles, are one real-world event.

A mention (one candidate record of :func:`timeline.extract.extract_article`)
is described by what its clause says (:func:`timeline.clauses.analyse`): the
**actors** (named entities, as distinctive lowercase words: ``Corvex Inc.`` →
``corvex``), the **action** (the main verb or event noun, lemmatised and
reduced to a stem so that ``terminated`` and ``termination`` meet), the
**object** and the content words, plus its **date** as a period.

Two mentions are scored only when their dates are compatible (one period
contains the other: ``2022-07`` and ``2022-07-08``) and they share a blocking
key (below). The score adds an IDF-weighted overlap of content words (rare
words count more than ``company``), a shared actor (exact, or by
``rapidfuzz`` similarity for spelling variants), a shared action and a shared
object; a near-duplicate sentence (wire copy, ``rapidfuzz`` token-set ratio)
links at once. The same actor doing two different actions to different
objects is a **cannot-link**: the two mentions never end up in one event,
even through a chain of other links.

Some second mentions need more than shared words: two count reports are one when they give the same figure
of one kind and two when they do not (:func:`counts`); a gathering opened or held is the action of its clause
(:attr:`Features.held`); a back-reference by a generic event noun (*since the attack of 9 September*) joins the
main event of its day (:func:`attach_anaphors`); a possessive event noun is its clause subject's, and a passive
subject is what was done to (word lists in :mod:`timeline.identity_words`).

Grouping is agglomerative with constraints: links are applied strongest first
(union-find), equally strong ones the pair that shares the larger part of all its
words first, over candidates put in an order of what they say
(:func:`content_order`), so that the events depend neither on the order in which
the articles are read nor on their names; a group keeps its finest date and joins another group only when
one finest date contains the other (so a year-only mention joins at most one
of two different days, and a month-level mention joins the day it
describes), and never when the two groups hold a cannot-link pair.

Blocking keeps the work linear in the archive: a mention is put in blocks
keyed by (year, key) for each year its period touches and each of its keys
(actor words, action stem, object words and its three rarest content words),
so only mentions of the same year that share a key are compared. A block
larger than ``cap`` (a common action or object in a big archive: its block
would grow with the archive) is split by a second key: its members are
compared only when they also share another key whose block is large too
(the pairs of a small block are compared there already). A sub-block still
larger than ``cap`` is compared within a sliding window of ``cap`` neighbours
in date order. Two mentions of one calendar day in different articles are also compared when they share any
rare content word (:func:`_same_day_pairs`: one day's act told with another verb or actor name), in (day, word)
blocks of at most ``cap``. So each mention is compared with a bounded number of others
whatever the archive size, and the blocks hold mentions that are rare
*together* (a year, an action and an actor), not all the mentions of a common
word in a year.

Each event's representative quote is the one that states it most directly
(:func:`timeline.titles.directness`), most typically (the share of the other
members that share its action) and most fully
(:func:`timeline.titles.informativeness`); the event takes that quote's title and
lane, and the finest date of its members (the one most of them give among equally fine ones).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
import unicodedata
from array import array
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterable, Iterator, Mapping, NamedTuple, Sequence

import pandas as pd

from .aliases import AliasTable, alias_table, resolve, retitle
from .candidates import DroppedRow, dropped_row, usable_records, valid_frame
from .clauses import (HAPPENING_NOUNS, action_stem, actor_keys, analyse, content_terms, dated_noun_phrase,
                      is_name_code, subject_keys)
from .events import EventSchema as E, events_from_records
from .identity_words import (ACTION_SYNONYMS, AGENT_COUNT_VERBS, AGENT_NOUNS, ANAPHORIC_NOUNS, ANNOUNCING_VERBS,
                             COUNT_KINDS, DECIDING_VERBS, DECISION_NOUNS, DISTINCT_ACTIONS, HELD_EVENTS, HOLD_VERBS,
                             INTENT_VERBS, LEVEL_VERBS, NUMBER_WORDS, OPENING_PREPOSITIONS, ORDINAL_WORDS, PEOPLE_NOUNS,
                             PHRASAL_ACTIONS, POSSESSIVES, QUANTIFIERS, REACTION_PHRASES, REACTION_VERBS, SCALE_WORDS,
                             SELF_NOUNS, SERIES_NOUNS, STRIKING_WORDS, STRUCK_VERBS, THING_SYNONYMS, WON_CONTESTS)
from .lede import NEWS_DAYS, RECENT_DAYS, UNDATED_ANCHOR
from .lexicon import all_lemmas
from .periods import Period, parse_period
from .textio import read_line_ends
from .titles import directness, event_phrase, informativeness, stub_title

__all__ = [
    "CANDIDATE_COLUMNS",
    "CANNOT_LINK",
    "DEFAULT_CAP",
    "DEFAULT_THRESHOLD",
    "Features",
    "LONE_REFERENCE",
    "PAGE_TITLED",
    "PARAGRAPH_START",
    "PLAIN_SPAN",
    "Pairs",
    "Prepared",
    "READ_QUOTE",
    "RETOLD_DAYS",
    "actions_meet",
    "attach_anaphors",
    "content_order",
    "counts",
    "dateline_end",
    "ordinals",
    "features",
    "figures",
    "stages",
    "group",
    "join",
    "judge_pair",
    "link_score",
    "merge",
    "may_be_name",
    "prepare",
    "same_doing",
    "score_pairs",
    "slug",
    "struck_by",
]

#: Columns of a candidates frame beyond the events-frame columns.
CANDIDATE_COLUMNS: tuple[str, ...] = ("confidence", "mention_value", "mention_mod", "anchor")
#: a record's key (not a column) holding its quote's span ``(start, end)`` in its text as saved plain, with Unix line
#: ends and no escapes (a Windows line end one character, an escape the character it stands for), set by extraction
#: for a file saved otherwise: the merge measures how far apart two quotes are in it, so that such a folder groups as
#: one saved plain; without it, the raw offsets
PLAIN_SPAN = "plain_span"
#: a record's key (not a column) holding its quote read as its characters, set by extraction for a page kept as code
#: (a JSON record's text field, its escapes read: :func:`timeline.textio.unescaped`): what the merge reads of the quote
READ_QUOTE = "read_quote"
#: a record's key (not a column), set by extraction for a record whose title page structure states and its quote's
#: clause does not (a hearing record's cover: verbless lines naming the committee and the day): it titles its event as
#: directly as the most direct member (:func:`_event_head`)
PAGE_TITLED = "page_titled"
#: a record's key (not a column), set by extraction for a quote that opens a paragraph (a blank line before it): no
#: sentence runs across a blank line, so it is no clause of the sentence before it (:func:`_clauses_of_one_sentence`)
PARAGRAPH_START = "paragraph_start"
#: a record's key (not a column), set by extraction for a page whose publication day it knows: that day, ISO
#: (``2010-04-15``); a mention of a day its page was published long after retells it (:func:`attach_retold`)
PAGE_DAY = "page_day"
#: Link threshold (see :func:`link_score`).
DEFAULT_THRESHOLD = 0.55
#: Largest block compared pair by pair.
DEFAULT_CAP = 32
#: Least IDF of a word two mentions of one day in different articles are compared by (:func:`_same_day_pairs`):
#: ``1 + ln(20)``, a word held by about one candidate in twenty or fewer.
SAME_DAY_IDF = 1.0 + math.log(20.0)
#: The score :func:`link_score` gives a cannot-link (two mentions that never belong to one event).
CANNOT_LINK = -1.0

#: the cannot-links of :func:`link_score`, by name (:func:`cannot_link_rule`), in the order they are asked
_SAME_ACTOR_OTHER_ACTION = "same actor, other action, nothing shared"
_TWO_NAMED_SUBJECTS = "two named subjects"
_NAMED_APART = "role vs name named apart"
_ORDINALS = "ordinals"
_ANSWERED = "reaction vs answered"
_COUNTS_DIFFER = "counts differ"
_TWO_DISTINCT_ACTIONS = "one subject, two distinct actions"
CANNOT_LINK_RULES = (_SAME_ACTOR_OTHER_ACTION, _TWO_NAMED_SUBJECTS, _NAMED_APART, _ORDINALS, _ANSWERED, _COUNTS_DIFFER,
                     _TWO_DISTINCT_ACTIONS)

_STOP_SLUG = {"a", "an", "the", "of", "for", "in", "on", "at", "to", "by", "with", "from", "and", "or", "its", "s"}


@dataclass(frozen=True)
class Features:
    """What identifies the event a mention states.

    Attributes
    ----------
    actors : frozenset of str
        Distinctive words of the named actors.
    subject : frozenset of str
        Distinctive words of the subject when it is a name (empty otherwise).
    actions : frozenset of str
        Stems of the action (verb and, after a light verb, its noun).
    verbs : frozenset of str
        Stems of every verb-like word of the clause (to recognise the same action said another way).
    happening : frozenset of str
        Stems of what a happening verb's subject names (``the earthquake struck`` → ``earthquak``), or the *by*
        phrase of its passive (``the town was hit by an earthquake``, :func:`struck_by`): two mentions naming
        different happenings (an explosion, an earthquake) do not share their action.
    objects : frozenset of str
        Content lemmas of the object phrase.
    terms : frozenset of str
        Content lemmas of the clause.
    direct : float
        :func:`timeline.titles.directness` of the quote, less when the quote states its event only in a subordinate
        clause or a dated noun phrase, refers back to *what happened* that day, states a decision or an attempt to
        act (:data:`timeline.identity_words.DECIDING_VERBS`), has its verb inside a speaker's quoted words or has a
        third-person pronoun for subject (*He resigned on Friday*: the sentence that names him states it better).
    counts : frozenset of (str, int)
        The figures a count report gives, by kind (:func:`counts`: ``('deaths', 1000)``), for a mention whose main
        clause reports them (empty for a clause about a named happening: *the storm killed 40* is the storm).
    anaphor : bool
        The date names a back-reference by a generic event noun (*the attack of 9 September*,
        :data:`timeline.identity_words.ANAPHORIC_NOUNS`): it says that something happened that day, not what
        (not a named one: *the 1917 Halifax disaster* is an event of its own).
    named_by : frozenset of str
        The action stem of the head noun of the noun phrase the date names (*after Tuesday's landslide* →
        ``landslid``), when the date names a noun phrase and not the clause's act (empty otherwise, and for a generic
        noun: :attr:`anaphor`); :func:`attach_anaphors` joins a group of such mentions to the event of that day
        whose mentions share the stem.
    held : frozenset of str
        Gatherings the clause holds, opens or closes (*opened its annual meeting*, *hosts its annual
        meeting* → ``meeting``, :data:`timeline.identity_words.HELD_EVENTS`): the gathering is what happened.
    passive : bool
        The main verb is passive: its subject is what the action was done to (*Mark Stone was arrested*).
    agent : frozenset of str
        Content words of the subject when its head is an office, a role or a body that acts (*the President*, *the
        board*, *police*: :data:`timeline.identity_words.AGENT_NOUNS`), a name or not; empty otherwise.
    ordinals : frozenset of int
        The ordinals of the object phrase (:func:`ordinals`: *missed its fourth dividend* → ``{4}``) and the numbered
        steps of a series the clause reaches (:func:`stages`: *raised the alert to phase 4* → ``{4}``): two mentions
        with different ones are two events of a series (the first and the fourth dividend missed, the second and
        the third round of talks, the alert raised to phase 4 and to phase 5).
    reacted : frozenset of str
        Stems of the words of the event the mention answers or judges (:func:`_reacted`: *issued a statement in
        response to news that the company would sell its plants* → ``sell``, ``plant`` …): a mention whose action is
        one of them is the event answered, another event.
    """

    actors: frozenset[str]
    subject: frozenset[str]
    actions: frozenset[str]
    objects: frozenset[str]
    terms: frozenset[str]
    direct: float
    verbs: frozenset[str] = frozenset()
    happening: frozenset[str] = frozenset()
    counts: frozenset[tuple[str, int]] = frozenset()
    anaphor: bool = False
    named_by: frozenset[str] = frozenset()
    held: frozenset[str] = frozenset()
    passive: bool = False
    agent: frozenset[str] = frozenset()
    ordinals: frozenset[int] = frozenset()
    reacted: frozenset[str] = frozenset()


def features(record: Mapping) -> Features:
    """Describe a candidate record by its quote and date text (the same sentence is analysed once)."""
    quote, date_text = _said(record), _read(record.get(E.date_text, "") or "")
    return _features(quote, date_text, float(record.get("confidence", 1.0) or 0.0))


#: a short aside in parentheses (*Rep. Ann Lee (D-NJ) voted*, *Acme Corp (NASDAQ: ACME) said*, *the Federal Aviation
#: Agency (FAA) grounded*): a tag of the name before it, not a clause boundary
_ASIDE = re.compile(r"\(([A-Za-z][^()\n]{0,39})\)")  # a tag, not a subsection '(3)' nor a time '(6:00am UTC)'


def _said(record: Mapping) -> str:
    """A record's quote as the merge reads it: its escapes read for a page kept as code (:data:`READ_QUOTE`), its
    line ends read as line breaks (:func:`_read`)."""
    return record.get(READ_QUOTE) or _read(record[E.quote])


def _read(text: object) -> str:
    """A record's quote or date expression as the merge compares it: its line ends read as line breaks
    (:func:`timeline.textio.read_line_ends`), so that a folder saved with Windows or old Mac line ends groups as
    one saved with Unix ones (the record keeps the raw text)."""
    return read_line_ends(str(text))


def _plain(quote: str) -> str:
    """The quote with the brackets (and the ``:;,`` inside) of its short asides blanked, at the same offsets, so that
    a clause reads across *Rep. Ann Lee (D-NJ) voted …* or *Acme Corp (NASDAQ: ACME) said …*."""
    return _ASIDE.sub(lambda m: m.group(0) if is_name_code(m.group(1)) else  # (read with its bracket by the clause)
                      " " + re.sub(r"[:;,]", " ", m.group(1)) + " ", quote)


#: a release's or a wire story's dateline opening the quote and closed by a dash (*WASHINGTON, D.C. –*, *(WASHINGTON)
#: –*, *Miami, FL –*, *LONDON (Reuters) -*, *WASHINGTON, Sept. 19, 2014 –*, *Halden (May 2, 2016) –*, *(Agency: City)
#: --*, *May 2, 2016 - CITY –*): a place in capitals, in brackets, or with its state or country after a comma or a
#: date in brackets after it, then an optional date and agency tag; or the dash alone, the place cut off before it.
#: Wider than ``lede._DATELINE`` (a place in capitals or in brackets, which finds where a lede's clause starts and is
#: tuned on that) and than ``published``'s datelines (which must hold a date or an agency, to date the page): here
#: a mixed-case place or a date first are taken too, since a quote's features only start after it
_DAY = r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s*\d{4})?"
_DASH = r"(?:-{1,3}|[–—])"
_DATELINE = re.compile(
    r"[\s\"“]{0,2}(?:(?:" + _DAY + r"\s*" + _DASH + r"\s*)?(?:\([A-Z][^()\n]{1,60}\)"
    r"|[A-Z][A-Z.’'-]+(?:\s+[A-Z][A-Z.’'-]+){0,3}(?:,\s*[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)?"
    r"|(?:[A-Z][a-z.’'-]+\s+){0,3}[A-Z][a-z.’'-]+,\s*[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?"
    r"|(?:[A-Z][a-z.’'-]+\s+){0,3}[A-Z][a-z.’'-]+(?=\s*\([^()\n]{0,20}\d[^()\n]{0,20}\)))"
    r"(?:,?\s*" + _DAY + r")?"
    r"\s*(?:\([^()\n]{1,40}\)\s*)?)?" + _DASH + r"\s*(?=[\"“A-Z(])")


def dateline_end(quote: str) -> int:
    """Where a quote's text starts after the dateline that opens it (*WASHINGTON, D.C. – The agency said …*,
    *(WASHINGTON) – Rep. Ann Lee delivered …*, or the dash alone when the place was cut off), ``0`` when it opens with
    none: the dateline names where the release was written, not an actor, and its dash is no clause of the sentence."""
    m = _DATELINE.match(quote)
    return m.end() if m is not None and m.end() < len(quote) else 0


@lru_cache(maxsize=8192)
def _features(quote: str, date_text: str, confidence: float) -> Features:
    """The :class:`Features` of a quote whose date reads ``date_text``: of the noun phrase the date names
    (:func:`_phrase_features`), or else of the clause that states the event (:func:`_clause_features`), read after
    the dateline that opens it (:func:`dateline_end`; a date inside the dateline is the release's, no event's)."""
    lead = dateline_end(quote)  # read before the asides are blanked: '(May 2, 2016) –' closes a dateline
    quote = _plain(quote)
    pos = quote.find(date_text) if date_text else -1
    ds, de = (pos, pos + len(date_text)) if pos >= 0 else (0, 0)
    if ds < lead:
        ds, de = 0, 0
    start = max(lead, _after_opener(quote, ds))
    at = (ds, de) if de else (start, start)  # no date: an empty one where the clause starts, so none of the dateline
    clause = analyse(quote, start, len(quote), *at)  # is read as its words
    direct = directness(clause, ds, de, confidence, text=quote)
    phrase = _dated_phrase(quote, clause, ds, de)
    occasion = _occasion_end(quote, start, de, phrase)
    if occasion:  # 'At the close of Monday's summit, Ode signed a pact': the signing, at the summit
        main = analyse(quote, occasion, len(quote), occasion, occasion)
        own = _clause_features(quote, main, 0, 0, directness(main, 0, 0, confidence, text=quote))
        if own.subject and own.actions and not actions_meet(own.actions, _stems(phrase[-1:])):
            return own  # a named participant's own act ('Lee released'), not the gathering ('the panel heard')
    if len(phrase) >= 1 and any(w[:1].islower() for w in phrase):
        return _phrase_features(quote, clause, phrase, ds, direct)
    return _clause_features(quote, clause, ds, de, direct)


#: a sentence that opens with the gathering its main clause took place at (*During Friday's rally,*, *At the close of
#: Monday's summit,*)
_OCCASION = re.compile(r"\W*(?:At|During)\s+(?:the\s+(?:start|end|opening|close|beginning|outset|conclusion)\s+of\s+)?"
                       r"[^,;:()]{0,80}?,\s+")


def _occasion_end(quote: str, start: int, de: int, phrase: Sequence[str]) -> int:
    """Where the main clause starts when the date names a gathering (:data:`HELD_EVENTS`) in a phrase opening the
    sentence with *At* or *During* (*At the close of Monday's summit, Premier Ode signed a fishing pact*): when that
    clause has a named subject and an action other than the gathering's, it is what the participant did at the
    gathering, on its day, and states the event (the signing), not the gathering, which other sentences report
    (*During Tuesday's hearing, the panel heard from three doctors* is the hearing); 0 when there is no such
    phrase."""
    m = _OCCASION.match(quote, start)
    if not de or m is None or m.end() <= de or not phrase or phrase[-1].lower() not in HELD_EVENTS:
        return 0
    return m.end()


def _dated_phrase(quote: str, clause, ds: int, de: int) -> list[str]:
    """The words of the noun phrase the date at ``ds:de`` names (*the protests of March 11*, *last Friday's
    verdict*), or of the phrase of *one* before it; no lower-case word when the date names no event phrase."""
    phrase = event_phrase(quote, clause, ds, de, loose=False) if de else []
    if de and not any(w[:1].islower() for w in phrase):
        phrase = list(dated_noun_phrase(quote, clause.start, clause.end, ds, de))
    return _event_words(phrase, quote, clause, ds, de) if phrase else _one_phrase(quote, clause, ds)


def _phrase_features(quote: str, clause, phrase: list[str], ds: int, direct: float) -> Features:
    """The :class:`Features` of a mention whose date names the event of a noun phrase (*the protests of March 11*,
    *last Friday's verdict*): its words, a weaker representative than a clause that states the event."""
    terms = content_terms(" ".join(phrase))
    names = tuple(w for w in phrase if w[:1].isupper())
    named = actor_keys(names)
    actions = frozenset(action_stem(t) for t in terms if t not in named and not t[:1].isupper())
    owner = _possessor(quote, clause, ds) if not named else frozenset()
    heads = [t for t in terms if t not in named and not t[:1].isupper()]
    generic = bool(heads) and heads[-1] in ANAPHORIC_NOUNS
    return Features(actors=named | owner, subject=owner, objects=frozenset(terms), actions=actions,
                    terms=frozenset(terms), direct=direct - 1.0, happening=actions,
                    anaphor=generic and not named,
                    named_by=frozenset() if generic or _acts_itself(quote, clause, ds)
                    else _head_stem(phrase, named, quote[clause.verb[0] : clause.verb[1]]),
                    ordinals=ordinals(" ".join(phrase)) | stages(" ".join(phrase)))


def _clause_actions(quote: str, clause, objects: frozenset[str]
                    ) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The action stems, verb stems and happening stems of a clause (:attr:`Features.actions`, ``verbs``,
    ``happening``): its actions and the one it intends, its phrasal verbs, a contest won, and a happening named in
    the *by* phrase of a passive of striking (:func:`struck_by`)."""
    actions = _stems(a for a in clause.actions if a) | _intended(quote, clause)
    quoted = _quoted_only(quote)
    verbs = _stems(v for v in clause.verbs if v not in quoted) | actions
    said, side = _phrasal(quote[clause.start : clause.end], actions)
    actions, verbs = actions | said, verbs | said | side
    if clause.verb_lemma == "win":  # 'won the election': was elected
        actions |= {action_stem(WON_CONTESTS[t]) for t in objects if t in WON_CONTESTS}
    happening = frozenset(action_stem(h) for h in clause.happening)
    struck = struck_by(quote, clause)
    if struck:  # 'the town was hit by a storm': the storm is what happened, the town (the subject) what it was done to
        actions, verbs = actions - happening | struck, verbs - happening | struck
        happening = struck
    striking = _striking(quote, clause, actions)
    return actions | striking, verbs | striking, happening


_STRIKING_STEMS = frozenset(action_stem(w) for w in STRIKING_WORDS)
#: the action of a happening striking a place (:func:`_striking`)
_STRIKE = frozenset({action_stem("strike")})


def _striking(quote: str, clause, actions: frozenset[str]) -> frozenset[str]:
    """The one action of a happening striking a place, when the clause's subject names a happening
    (:data:`timeline.clauses.HAPPENING_NOUNS`) and its action is a verb of striking
    (:data:`timeline.identity_words.STRIKING_WORDS`): news tells one landfall or one quake as *slammed into*, *swept
    across*, *hammered*, *made landfall*, *struck*, and these are one act, not the same actor doing two things; empty
    otherwise (*the senator toured the battered coast*). A clause with no subject found (an aside after the name) is
    read from its start to its verb."""
    if not actions & _STRIKING_STEMS:
        return frozenset()
    start, end = clause.subject if clause.subject[1] else (clause.start, clause.verb[0])  # 'Typhoon Ria, known as …,'
    words = re.findall(r"[a-z]+", quote[start:end].lower())
    if not any(w in HAPPENING_NOUNS or w.endswith("s") and (w[:-1] in HAPPENING_NOUNS or w[:-2] in HAPPENING_NOUNS)
               for w in words):
        return frozenset()
    return _STRIKE


#: a release's words naming whose statement follows (*Below is the statement of Mayor Ann Lee*, *Attached are the
#: remarks of Senator Bo Roe*): the name after the kind of text
_STATEMENT_OF = re.compile(r"\b(?:statements?|remarks|testimony|comments|message)\s+(?:from|by|of)\s+(?:the\s+)?"
                           r"((?:[A-Z][\w&.’'-]*\s+){0,5}[A-Z][\w&.’'-]*)")


def _clause_subject(quote: str, clause) -> str:
    """The subject of a clause, or when it has none or a pronoun, the name before it (an opening relative, a name
    before an adverb, the speaker), as the body it goes on about itself by (:func:`_self_subject`); when the clause
    only presents a text (*Below is the statement of Senator Roe*), the one whose statement it gives."""
    subject = quote[clause.subject[0] : clause.subject[1]]
    if _adverb_only(subject):  # 'Nevertheless, Acme still planned …': a sentence adverb, no subject
        subject = ""
    if clause.verb_lemma == "be":  # 'Below is the statement of …', 'Attached are the remarks of …'
        said = _STATEMENT_OF.search(quote, clause.verb[1], clause.end)
        if said is not None and said.start() - clause.verb[1] <= 6:
            return said.group(1)
    if not subject or subject.lower() in _PRONOUNS:  # 'Acme also extended …', 'Acme said on Monday it had raised …'
        opening = _OPENING_RELATIVE.match(quote, clause.start)  # 'Corvel, which sued Helix last week, …'
        subject = (opening.group(1) if opening else "") or _name_before_adverb(quote, clause) or _speaker(quote) \
            or subject
    return _self_subject(quote, clause, subject)


def _clause_features(quote: str, clause, ds: int, de: int, direct: float) -> Features:
    """The :class:`Features` of a mention that states its event by a clause: the main clause, or the subordinate or
    participle clause the date belongs to, or the clause answered (then a weaker representative)."""
    inner = _date_clause(quote, clause.start, ds, de) or _participle_clause(quote, clause.start, ds, de) \
        or _answered_clause(quote, clause, ds, de)
    if inner is not None and inner.verb_lemma:
        clause = inner  # 'the outbreak that began on Friday', 'after a fire hit … on March 11'
        direct -= 0.5  # the quote states this event only in a subordinate clause: a weaker representative
    objects = _things(frozenset(content_terms(quote[clause.object[0] : clause.object[1]])),
                      quote[clause.object[0] : clause.object[1]]) if clause.object[1] else frozenset()
    actions, verbs, happening = _clause_actions(quote, clause, objects)
    subject = _clause_subject(quote, clause)
    if quote[clause.subject[0] : clause.subject[1]].lower() in _PERSONAL:
        direct -= 1.0  # 'He resigned on Friday': the actor is named only in a sentence before, which states it better
    role_terms, role_actors = _role_words(quote, clause)
    what = bool(de and _WHAT_HAPPENED.search(quote, clause.start, ds))  # 'Fans recall what began May 3'
    if what:
        direct -= 1.0  # a back-reference to what happened that day names no event: the weakest representative
    elif clause.verb_lemma in DECIDING_VERBS and actions - _stems((clause.verb_lemma,)):
        direct -= 0.3  # 'decided to raise the alert' states the act less directly than 'raised the alert'
    if clause.verb[1] and _in_quotation(quote, clause.verb[0]):
        direct -= 0.3  # a speaker's words ('"Last night, the House voted …," she said'): the report says it better
    # not 'Officials', 'One of the miners', nor a pronoun left unresolved ('He handed control …': someone)
    named = subject[:1].isupper() and may_be_name(subject) and subject.lower() not in _PRONOUNS
    return Features(
        actors=frozenset() if what else actor_keys(tuple(a for a in clause.actors if not _adverb_only(a)
                                                         and may_be_name(a)) + ((subject,) if named else ()))
        - role_actors,
        subject=subject_keys(subject) if named and not what else frozenset(),
        actions=actions,
        objects=objects,
        terms=_things(frozenset(clause.terms) - role_terms, quote[clause.start : clause.end])
        | figures(quote[clause.start : clause.end], skip=(ds - clause.start, de - clause.start)),
        direct=direct,
        verbs=verbs,
        happening=happening,
        counts=counts(quote, skip=(ds, de)) if _reports_counts(clause, inner) else frozenset(),
        held=_held(quote[clause.start : clause.end]),
        passive=clause.verb_form == "passive",
        agent=_agent(subject),
        ordinals=ordinals(quote[clause.object[0] : clause.object[1]]) | stages(quote[clause.start : clause.end]),
        reacted=_reacted(quote, clause),
        anaphor=what,
    )


#: a *by* phrase after a passive verb (*by a powerful 7.0-magnitude earthquake*): its first words
_BY_PHRASE = re.compile(r"\s*by\s+((?:[\w.’'-]+[ \t]*){1,6})")
#: words that end the noun phrase of a *by* phrase before a happening noun was found
_BY_PHRASE_END = frozenset({"that", "which", "who", "with", "of", "on", "in", "at", "and", "for", "to", "from"})


def struck_by(quote: str, clause) -> frozenset[str]:
    """The happening a passive clause of striking names in its *by* phrase (:data:`STRUCK_VERBS`: *the coast was
    battered by a hurricane*, *the island was shaken by a strong earthquake*) as an action stem, or nothing: the
    clause then states the happening as *a hurricane battered the coast* does. Only the head of the phrase counts,
    and only a noun that names a happening by itself (*was hit by a powerful storm*, not *was hit by new taxes*, nor
    *was damaged by fire crews*, whose head is *crews*).

    Parameters
    ----------
    quote : str
    clause : timeline.clauses.Clause
        The quote's main clause (:func:`timeline.clauses.analyse`).

    Returns
    -------
    frozenset of str
        The happening noun's action stem (``earthquak``), or empty.
    """
    if clause.verb_form != "passive" or clause.verb_lemma not in STRUCK_VERBS or not clause.verb[1]:
        return frozenset()
    m = _BY_PHRASE.match(quote, clause.verb[1])
    if not m:
        return frozenset()
    words = m.group(1).split()
    for k, word in enumerate(words):
        w = word.lower().rstrip(",.;:")
        if w in _BY_PHRASE_END:
            break
        noun = w[:-1] if w.endswith("s") and w[:-1] in HAPPENING_NOUNS else w
        if noun in HAPPENING_NOUNS:
            nxt = words[k + 1] if k + 1 < len(words) and word == word.rstrip(",.;:") else ""
            if nxt.isalpha() and nxt.islower() and nxt not in _BY_PHRASE_END and not nxt.endswith(("ing", "ed")) \
                    and "NOUN" in all_lemmas(nxt):
                break  # 'fire crews', 'storm damage': the happening noun only qualifies the head
            return frozenset({action_stem(noun)})
    return frozenset()


def _agent_plural(word: str) -> bool:
    """Whether lower-case ``word`` is the plural of an office or body noun (*senators*, *officials*, *chairmen*,
    *agencies*: :data:`timeline.identity_words.AGENT_NOUNS`), by the lexicon's lemmas (a regular *-s* plural the
    lexicon lacks, *ceos*, by its stem): a group named by its kind, no name."""
    nouns = all_lemmas(word).get("NOUN", ()) or ((word[:-1],) if word.endswith("s") else ())
    return any(n.lower() != word and n.lower() in AGENT_NOUNS for n in nouns)


def may_be_name(phrase: str) -> bool:
    """Whether a phrase may be a name: not when its only capital is that of an opening word that names a
    number or share (*One of the miners*, *Three*, *Some residents*: :data:`timeline.identity_words.QUANTIFIERS`,
    number words) or a group of people by its kind (*Officials*, *Engineers*, *Members*:
    :data:`timeline.identity_words.PEOPLE_NOUNS` and the plurals of the office nouns, :func:`_agent_plural`).
    *Three Mile Island*, *Members of Parliament*, *Acme* stay names (another capital, or no such word)."""
    words = re.findall(r"[\w’'&.-]+", phrase)
    if not words:
        return False
    first = words[0].lower()
    generic = first in QUANTIFIERS or first in NUMBER_WORDS or first in PEOPLE_NOUNS or _agent_plural(first) \
        or len(words) > 1 and words[-1][:1].islower() and bool(all_lemmas(first))
    return not (generic and not any(w[:1].isupper() for w in words[1:]))


#: 'what happened on …', 'what began April 21': a back-reference to the event of that day, which it does not name
_WHAT_HAPPENED = re.compile(r"\bwhat\s+(?:had\s+|has\s+|first\s+)?(?:happened|began|begun|started|occurred|unfolded|"
                            r"took\s+place)\s+(?:on\s+|in\s+|at\s+)?$", re.I)


_REACTION = re.compile(r"\b(?:%s)\b" % "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in REACTION_PHRASES), re.I)


def _answered_clause(quote: str, clause, ds: int, de: int):
    """The clause after a reaction phrase that holds the date, analysed on its own (``None`` when there is none):
    *the mayor issued a letter on Monday in reply to news that Acme would shut its mill next month* dates the
    shutting (a month), not the letter."""
    m = _REACTION.search(quote, clause.start, ds) if de else None
    if m is None or not clause.verb[1] or clause.verb[1] > m.start():
        return None
    return analyse(quote, m.end(), len(quote), ds, de)


def _reacted(quote: str, clause) -> frozenset[str]:
    """Stems of the words naming the event a mention answers or judges: after a phrase of
    :data:`timeline.identity_words.REACTION_PHRASES` (*issued a statement in reply to the company paying
    bonuses*), or after a main verb of :data:`~timeline.identity_words.REACTION_VERBS` (*the regulator welcomed the
    announcement that the bank would sell its branches*); empty for another mention, and for one whose own clause
    (the verb its date belongs to) lies after the reaction phrase: it states the event answered."""
    m = _REACTION.search(quote, clause.start)
    if m is not None and clause.verb[1] and clause.verb[0] >= m.end():
        return frozenset()  # 'in reply to news that Acme would sell … next month': the mention is what it answers
    if m is not None:
        rest = quote[m.end() :]
    elif clause.verb_lemma in REACTION_VERBS and clause.verb[1]:
        rest = quote[clause.verb[1] :]
    else:
        return frozenset()
    names = {w.lower() for w in re.findall(r"\b[A-Z][\w-]*", rest)}  # 'Acme's' is the name 'acme'
    return _stems(all_lemmas(t).get("VERB", (t,))[0].lower() for t in content_terms(rest) if t not in names)


#: pronouns: a "phrase" of them after a sentence-opening date is the clause's subject (*Today we will learn …*)
_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "it", "they", "this", "that", "these", "those", "there"})
#: the third-person pronouns of a subject: who acted is named in another sentence (*He resigned on Friday*; not the
#: writer's own *we*, whose name the release gives once)
_PERSONAL = frozenset({"he", "she", "it", "they"})


def _acts_itself(quote: str, clause, ds: int) -> bool:
    """Whether a clause whose date names a noun phrase states an act of its own before it: a name or a body as the
    subject of an active verb (*Roe flew to the valley after Tuesday's landslide*, *the board criticised Monday's
    ruling*): the act is news in itself, not only a reference to the happening the date names."""
    if not clause.verb[1] or clause.verb[1] > ds or clause.verb_form == "passive" \
            or clause.verb_lemma in {"be", "have"}:
        return False
    subject = quote[clause.subject[0] : clause.subject[1]]
    return bool(subject[:1].isupper() and may_be_name(subject) or _agent(subject))


def _head_stem(phrase: Sequence[str], named: frozenset[str], verb: str = "") -> frozenset[str]:
    """The action stems of the head of a dated noun phrase, its last common noun before a preposition or the
    clause's verb (*Sunday's final in the capital* → ``fin``, *the termination of the lease* → ``termin``), and of
    its nouns of a happening (:data:`timeline.clauses.HAPPENING_NOUNS`: *photos from after Monday's storm show …*,
    where the phrase may run on to the verb); empty when it has none."""
    cut = next((k for k, w in enumerate(phrase) if k and (w.lower() in {"of", "in", "for", "at", "on", "by"}
                                                           or w == verb)), len(phrase))
    heads = [t for t in content_terms(" ".join(phrase[:cut])) if t not in named and not t[:1].isupper()]
    return frozenset(action_stem(t) for t in heads[-1:] + [t for t in heads if t in HAPPENING_NOUNS])


#: a portion of a stretch of time before the date (*spent much of Thursday*, *for most of May*, *all of 2021*): the date
#: is the time the clause took, not a happening's name
_PORTION_OF = re.compile(r"\b(?:much|most|all|part|rest|half|remainder|bulk|majority)\s+of\s+(?:the\s+)?$", re.I)


def _event_words(phrase: Sequence[str], quote: str, clause, ds: int, de: int) -> list[str]:
    """The words of the noun phrase a date names an event by (*last Friday's tsunami*, *the proposed merger*), without
    the clause that may follow it (*Thursday's development did not stop …* → ``development``); empty when the words
    after the date are the sentence's own subject and verb (*Yesterday Roe announced …*, *Last week the company
    tried to …*, *Today we …*: a date opening the sentence, not possessive). The phrase ends before a word that can
    only be a verb (no noun reading) and is the clause's main verb or ends the phrase; a phrase of pronouns is
    none."""
    if not quote[:ds].strip(" \t\n\"“'(—-") and not re.match(r"['’]s\b", quote[de:]):
        return []
    if _PORTION_OF.search(quote, 0, ds):  # 'spent much of Thursday resting': a stretch of time, no event's name
        return []
    main = {w.lower() for w in re.findall(r"[A-Za-z][\w’'-]*", quote[clause.verb[0] : clause.verb[1]])}
    words = list(phrase)
    for k, w in enumerate(words):
        readings = all_lemmas(w.lower()) if w[:1].islower() else {}
        if "VERB" in readings and "NOUN" not in readings and (w.lower() in main or k == len(words) - 1 > 0):
            words = words[:k]
            break
    low = [w for w in words if w[:1].islower()]
    return [] if all(w.lower() in _PRONOUNS for w in low) else words


def _adverb_only(words: str) -> bool:
    """Whether ``words`` is one word that can only be an adverb (*Nevertheless*, *Meanwhile*, *Separately*): capitalised
    because it opens the sentence, not a name."""
    parts = words.split()
    return len(parts) == 1 and set(all_lemmas(parts[0].strip(",").lower())) == {"ADV"}


#: a dated noun phrase headed by *one* that stands for a noun said before it (*… and a later one on May 9*)
_ONE_BEFORE_DATE = re.compile(r"\b(?:a|an|another|the)\s+(?:([a-z]+)\s+)?one\s+(?:on|in|of|at)\s+$", re.I)


def _one_phrase(quote: str, clause, ds: int) -> list[str]:
    """The noun a dated *one* phrase stands for, the head of the clause's (else the sentence's) subject, with its
    ordinal (*The first strike was called on May 2, and a second one on May 9* → ``second``, ``strike``; *… then came
    a later one in June* → ``strike``); empty when the date names no such phrase or the subject has no common noun
    head."""
    m = _ONE_BEFORE_DATE.search(quote, 0, ds) if ds > 0 else None
    if m is None:
        return []
    if clause.subject == (0, 0):  # '…, and was followed by a second one on May 9': the subject of the sentence
        clause = analyse(quote, 0, m.start(), 0, 0)
    subject = re.findall(r"[A-Za-z][\w’'-]*", quote[clause.subject[0] : clause.subject[1]])
    if not subject or subject[-1][:1].isupper() or "NOUN" not in all_lemmas(subject[-1].lower()):
        return []
    ordinal = (m.group(1) or "").lower()
    return [ordinal, subject[-1].lower()] if ordinal in ORDINAL_WORDS else [subject[-1].lower()]


#: a name and an adverb right before the main verb (*Acme also extended …*, *Roe later resigned …*)
_NAME_ADVERB = re.compile(r"((?:[A-Z][\w&.’'-]*\s+){0,3}[A-Z][\w&.’'-]*)\s+"
                          r"(?:[a-z]+ly|also|then|again|now|still|soon|already|later|too|even|once|first|finally)\s+$")


def _name_before_adverb(quote: str, clause) -> str:
    """The name that is the subject of a main verb it is parted from by an adverb (*Acme also extended its offer*:
    ``Acme``), when the clause found none; ``""`` otherwise."""
    m = _NAME_ADVERB.search(quote, clause.start, clause.verb[0]) if clause.verb[0] > clause.start else None
    if m is None:
        return ""
    before = quote[clause.start : m.start()].strip()
    return m.group(1) if not before or before.endswith(",") else ""  # the clause opens with it, or after a comma


#: a sentence's opening name and its relative clause (*Corvel, which sued Helix last week, …*): the name is the
#: relative clause's subject
_OPENING_RELATIVE = re.compile(r"\W*((?:[A-Z][\w&.’'-]*\s*){1,4}),\s+(?:who|which)\b")


#: a named speaker, a reporting verb and a pronoun subject of what is reported (*Acme said on Monday it had raised its
#: offer*, *Roe also told reporters on Friday that she would resign*): the pronoun is the speaker
_SPEAKER = re.compile(r"\W*((?:[A-Z][\w&.’'-]*\s+){0,3}[A-Z][\w&.’'-]*)\s+(?:also\s+|later\s+)?"
                      r"(?:said|says|announced|told\s+\w+|reported|confirmed|disclosed)\b[^.;:!?]{0,40}?\b"
                      r"(?:that\s+)?(?:it|they|he|she)\s+(?:had|has|have|would|will|was|were|is|are|[a-z]+ed)\b")


def _speaker(quote: str) -> str:
    """The named speaker whose own deed a sentence reports (*Acme said on Monday it had raised its offer*: ``Acme``),
    ``""`` when the reported subject is not a pronoun."""
    m = _SPEAKER.match(quote)
    return m.group(1) if m is not None else ""


#: the name (up to five capitalised words) before a reporting verb that ends right before the reported clause's
#: subject (*Corvel Inc. announced last week that* | *the company is closing …*)
_REPORTER = re.compile(r"((?:[A-Z][\w&.’'-]*\s+){0,4}[A-Z][\w&.’'-]*)\s+(?:also\s+)?"
                       r"(?:said|says|announced|announces|told\s+\w+|reported|confirmed|disclosed|stated)\b"
                       r"[^.;:!?\"“”]{0,40}?\s(?:that\s+)?(?:the\s+)?$")


def _self_subject(quote: str, clause, subject: str) -> str:
    """The named speaker when the reported clause's subject is the kind of body the speaker is, going on about itself
    (*Acme said on Monday that the company had cut 500 jobs*: ``Acme``; :data:`timeline.identity_words.SELF_NOUNS`);
    ``subject`` otherwise (*Acme said the regulator opened a probe*)."""
    words = content_terms(subject)
    definite = subject.lower().startswith("the ") or quote[: clause.subject[0]].lower().endswith("the ")
    if not words or words[-1] not in SELF_NOUNS or not definite:
        return subject
    m = _REPORTER.search(quote, 0, clause.subject[0])
    return m.group(1) if m is not None else subject


#: a sentence-opening prepositional phrase (*In light of …*, *Pursuant to the authority …*, *Under …*): it sets
#: the scene, its participles are no main verb (data: :data:`timeline.identity_words.OPENING_PREPOSITIONS`)
_PREP_OPENER = re.compile(r"\W*(?:%s)\s" % "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in OPENING_PREPOSITIONS),
                          re.I)


def _after_opener(quote: str, ds: int) -> int:
    """Where the dated clause starts: after the last comma before the date when the sentence opens with a
    prepositional phrase (*In light of these functions being transferred …, the group today called for a review*,
    *Under the powers conferred on me by section 12 …, on May 2, 2019, I found …*); else 0."""
    if ds <= 0 or _PREP_OPENER.match(quote) is None:
        return 0
    comma = quote.rfind(",", 0, ds)
    return comma + 1 if comma > 0 else 0


#: the verb a ``to`` complement starts with, after a verb of intent and a short adverbial ('decided to raise', 'voted
#: unanimously to reject', 'moved closer to halting', 'voted on Monday to block')
_TO_COMPLEMENT = re.compile(r"\s+(?:(?:[^,;:.()\"“”]|,(?=\s*\d)){0,60}?\s)??to\s+([a-z][a-z-]+)", re.I)


#: a noun of a decision and its ``to`` complement (*the decision by the board to sell*, *its move to cut jobs*)
_DECISION = re.compile(r"\b(?:%s)\s+(?:by\s+[^,;:()]{1,40}?\s+)?to\s+([a-z][a-z-]+)" % "|".join(sorted(DECISION_NOUNS)),
                       re.I)


def _held_for(quote: str, clause) -> bool:
    """Whether the clause holds a gathering (:data:`timeline.identity_words.HELD_EVENTS`, *held a news conference*,
    *staged a rally*) as its object, whose ``to`` complement (*… to call for a review*) is what the gathering did."""
    if clause.verb_lemma not in HOLD_VERBS or not clause.object[1]:
        return False
    return bool(set(content_terms(quote[clause.object[0] : clause.object[1]])) & HELD_EVENTS)


def _intended(quote: str, clause) -> frozenset[str]:
    """The action stem of the ``to`` complement of a verb of intent (:data:`timeline.identity_words.INTENT_VERBS`):
    *the agency decided to raise the alert* raises it, *the committee voted to block the deal* blocks it (empty for
    another verb, or a complement that is no verb: *moved to New York*); also of a noun of a decision
    (:data:`~timeline.identity_words.DECISION_NOUNS`) in a clause that only announces it or has no verb (*announced
    its decision to cut 900 jobs*, *the decision to lay off 900 workers, disclosed Tuesday*)."""
    m = _DECISION.search(quote, clause.start, clause.end or len(quote))
    if m is None or clause.verb_lemma and clause.verb_lemma not in ANNOUNCING_VERBS:
        if _held_for(quote, clause):  # 'staged a rally on Sunday to demand a recount': the demand
            m = _TO_COMPLEMENT.match(quote, clause.object[1])
        elif clause.verb_lemma not in INTENT_VERBS or not clause.verb[1]:
            return frozenset()
        else:
            m = _TO_COMPLEMENT.match(quote, clause.verb[1])
    if m is None:
        return frozenset()
    word = m.group(1).lower()
    lemmas = all_lemmas(word).get("VERB", ("",))
    lemma = word if word in lemmas else lemmas[0].lower()  # a base form after 'to': 'to lay off' is 'lay'
    return _stems((lemma,)) if lemma and lemma not in {"be", "have", "do"} else frozenset()


_THING = re.compile(r"\b(?:%s)\b" % "|".join(re.escape(p).replace(r"\ ", r"\s+")
                                            for p in sorted(THING_SYNONYMS, key=len, reverse=True)), re.I)


def _things(terms: frozenset[str], text: str) -> frozenset[str]:
    """``terms`` with the words of each phrase of :data:`timeline.identity_words.THING_SYNONYMS` in ``text`` replaced
    by the one token of its thing (*a shareholder rights plan*, *a poison pill* → ``poison-pill``): two names of one
    thing share a rare word, not their common ones."""
    found = [m.group(0) for m in _THING.finditer(text)]
    if not found:
        return terms
    words = {t for phrase in found for t in content_terms(phrase)}
    return terms - words | {THING_SYNONYMS[re.sub(r"\s+", " ", p.lower())] for p in found}


def _stems(lemmas: Iterable[str]) -> frozenset[str]:
    """Action stems of verb lemmas, with the stem of the action each stands for
    (:data:`timeline.identity_words.ACTION_SYNONYMS`: *halt* → ``halt`` and ``block``)."""
    out = set()
    for lemma in lemmas:
        out.add(action_stem(lemma))
        if lemma in ACTION_SYNONYMS:
            out.add(action_stem(ACTION_SYNONYMS[lemma]))
    return frozenset(out)


_PARTICLE = re.compile(r"\b([a-z]+)\s+(%s)\b" % "|".join(
    re.escape(p).replace(r"\ ", r"\s+") for p in sorted({p for _v, p in PHRASAL_ACTIONS}, key=lambda p: (-len(p), p))),
    re.I)


def _phrasal(clause: str, actions: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The actions phrasal verbs of a clause say (:data:`timeline.identity_words.PHRASAL_ACTIONS`: *would hand over
    its stake* → ``transfer``): those of its main action, and those of its other verbs."""
    main, side = set(), set()
    for m in _PARTICLE.finditer(clause):
        word, particle = m.group(1).lower(), " ".join(m.group(2).lower().split())
        for lemma in (word, *all_lemmas(word).get("VERB", ())):  # 'would lay off': 'lay', not only 'lie'
            said = PHRASAL_ACTIONS.get((lemma.lower(), particle))
            if said:
                hit = any(action_stem(x.lower()) in actions for x in (word, *all_lemmas(word).get("VERB", ())))
                (main if hit else side).add(action_stem(said))
                break
    return frozenset(main), frozenset(side)


_FIGURE = re.compile(r"(?<![\w.:/-])(\$|€|£)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w:/]|-\d)"
                     r"(?:\s*(%|percent|million|billion|trillion|bn|m)\b)?", re.I)  # not a time, a date or a code


def figures(text: str, *, skip: tuple[int, int] = (0, 0)) -> frozenset[str]:
    """Tokens of the figures a clause gives (*$50 a share* → ``#$50``, *900 jobs* → ``#900``, *$9 billion* →
    ``#$9billion``), not a year (*in 2022*), a one-digit number nor the date (``text[skip[0]:skip[1]]``): two mentions
    giving one figure share a rare word (an offer's price, the number of jobs cut).

    Examples
    --------
    >>> sorted(figures("raised its offer to $50 a share, valuing it at $9.2 billion, in 2022"))
    ['#$50', '#$9.2billion']
    >>> sorted(figures("at 3:30pm (6:00am UTC) on 3/11, in the A-320, by 62-2")), sorted(figures("a $45-a-share bid"))
    ([], ['#$45'])
    """
    out = set()
    for m in _FIGURE.finditer(text):
        if skip[0] <= m.start() < skip[1]:
            continue
        number = m.group(2).replace(",", "")
        if len(number.replace(".", "")) < 2 or re.fullmatch(r"(?:19|20)\d\d", number) and not m.group(1):
            continue
        out.add("#" + (m.group(1) or "") + number + (m.group(3) or "").lower())
    return frozenset(out)


_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}
_STAGE = re.compile(r"\b(from\s+)?(?:%s)\s+(\d{1,2}|(?-i:%s)|%s)\b" % (
    "|".join(sorted(SERIES_NOUNS)), "|".join(sorted(_ROMAN, key=len, reverse=True)), "|".join(NUMBER_WORDS)), re.I)


def stages(text: str) -> frozenset[int]:
    """The numbered steps of a series a clause reaches (:data:`timeline.identity_words.SERIES_NOUNS` and a number:
    *raised its alert to Phase 4*, *a category three storm*, *Stage IV*); in *from phase 4 to phase 5* only the
    step reached (5).

    Examples
    --------
    >>> sorted(stages("moved the plan from stage four to stage five")), sorted(stages("up to Phase 4"))
    ([5], [4])
    >>> sorted(stages("the highest level in years"))
    []
    """
    out = set()
    for m in _STAGE.finditer(text):
        if m.group(1):
            continue  # 'from phase 4': the step left, not the one reached
        n = m.group(2)
        out.add(int(n) if n.isdigit() else _ROMAN.get(n) or NUMBER_WORDS[n.lower()])
    return frozenset(out)


_ORDINAL = re.compile(r"\b(?:(\d{1,3})(?:st|nd|rd|th)|(" + "|".join(ORDINAL_WORDS) + r"))\b", re.I)


def ordinals(text: str) -> frozenset[int]:
    """The ordinals a phrase gives (``its fourth consecutive dividend`` → ``{4}``, ``the 2nd round`` → ``{2}``),
    not *first* of *for the first time* nor *at first* (a manner, not a member of a series).

    Examples
    --------
    >>> sorted(ordinals("its fourth consecutive dividend")), sorted(ordinals("1st quarterly dividend payment"))
    ([4], [1])
    >>> sorted(ordinals("the plan for the first time"))
    []
    """
    out = set()
    for m in _ORDINAL.finditer(text):
        if re.match(r"\s+(?:time|ever)\b", text[m.end():], re.I) or re.search(r"\bat\s+$", text[:m.start()], re.I):
            continue
        out.add(int(m.group(1)) if m.group(1) else ORDINAL_WORDS[m.group(2).lower()])
    return frozenset(out)


#: a role in apposition to the name that opens a sentence ('Sen. Jane Roe, chair of the Committee on
#: Health, said …', 'Acme Corp, the largest widget maker, said …')
_ROLE_APPOSITION = re.compile(r"\W*(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w.’'-]*\s*,\s*((?:the\s+|an?\s+)?[a-z][^,;:()\"“”]{2,80}?),\s")


def _role_words(quote: str, clause) -> tuple[frozenset[str], frozenset[str]]:
    """Content terms and actor keys written only in a role in apposition to the sentence's opening name (*Sen.
    Jane Roe, chair of the Committee on Health, today made a comment …*): they say who the actor is, not
    what happened, so two deeds of that actor the same day (a comment, a hearing of that committee) do not share
    them."""
    m = _ROLE_APPOSITION.match(quote)
    if m is None or m.end() > clause.verb[0] > 0 or clause.start > m.start(1):
        return frozenset(), frozenset()
    rest = quote[: m.start(1)] + " " + quote[m.end(1) :]
    kept = set(content_terms(rest))
    role = frozenset(t for t in content_terms(m.group(1)) if t not in kept)
    names = tuple(n.group(0) for n in re.finditer(r"[A-Z][\w’'-]*(?:\s+(?:of|on|for|the)?\s*[A-Z][\w’'-]*)*", m.group(1)))
    return role, actor_keys(names) - actor_keys(tuple(re.findall(r"[A-Z][\w’'-]*", rest)))


def _agent(subject: str) -> frozenset[str]:
    """Content words of a subject whose head noun is an office, a role or a body (*the President*, *the company's
    board*: :data:`timeline.identity_words.AGENT_NOUNS`); empty for another subject (*the storm*, *he*)."""
    words = content_terms(subject)
    if not words or all_lemmas(words[-1]).get("NOUN", (words[-1],))[0].lower() not in AGENT_NOUNS:
        return frozenset()
    return frozenset(words)


#: words a gathering's noun phrase does not cross back to its verb ('ended talks at a meeting' holds no meeting)
_PHRASE_BREAK = frozenset({"of", "in", "on", "at", "for", "from", "with", "by", "to", "into", "after", "before", "and",
                           "or", "but", "that", "which", "who", "as", "than", "about", "over", "during", "since"})
_WORD = re.compile(r"[A-Za-z][\w’'-]*|[^\sA-Za-z]")


def _held(clause: str) -> frozenset[str]:
    """Gatherings (:data:`timeline.identity_words.HELD_EVENTS`) the clause opens, holds or closes: the noun is the
    object of a verb of :data:`~timeline.identity_words.HOLD_VERBS` within its noun phrase (*prepare to open their
    annual conference*, *holding their convention*, *hosts its annual meeting*), or its subject (*the summit
    opened*, *Summit Kicks Off*)."""
    words = _WORD.findall(clause)
    low = [w.lower() for w in words]

    def holds(k: int) -> bool:
        return k < len(low) and all_lemmas(low[k]).get("VERB", ("",))[0].lower() in HOLD_VERBS

    out: set[str] = set()
    for k, w in enumerate(low):
        noun = all_lemmas(w).get("NOUN", (w,))[0].lower() if w[:1].isalpha() else ""
        if noun not in HELD_EVENTS:
            continue
        back = k - 1
        while back >= max(0, k - 4) and low[back][:1].isalpha() and low[back] not in _PHRASE_BREAK:
            if holds(back):
                out.add(noun)
                break
            back -= 1
        if holds(k + 1) or k + 2 < len(low) and low[k + 1].endswith("ly") and holds(k + 2):
            out.add(noun)
    return frozenset(out)


def _reports_counts(clause, inner) -> bool:
    """Whether the clause's figures are its news (*over a thousand protesters were arrested*, *the death toll rose
    to 1,000*): not a clause about a named happening (*the storm struck …*), nor one dated in a subordinate clause,
    nor an agent's active deed whose figure is its result (*shelling killed 5 people*: two articles giving 5 and 7
    tell one attack)."""
    if clause.happening or clause is inner:
        return False
    return not (clause.verb_lemma in AGENT_COUNT_VERBS and clause.verb_form != "passive")


def _quoted_only(quote: str) -> frozenset[str]:
    """Verb lemmas of words the quote has only inside quotation marks: the speaker's words (*"This week, we
    open a new chapter," X said in the video*) are not a verb of the reported clause."""
    inside = [q for q in re.findall(r"“[^”]*”?|\"[^\"]*\"?", quote) if len(q.split()) > 2]  # not a scare quote
    if not inside:
        return frozenset()
    outside = set(re.findall(r"[a-z]+", re.sub(r"“[^”]*”?|\"[^\"]*\"?", " ", quote).lower()))
    words = set(re.findall(r"[a-z]+", " ".join(inside).lower())) - outside
    return frozenset(all_lemmas(w).get("VERB", (w,))[0].lower() for w in words)


def _in_quotation(quote: str, pos: int) -> bool:
    """Whether offset ``pos`` of the quote lies inside quotation marks of more than two words (the speaker's own
    words, not a scare quote: *"Last night, the council voted to close the pool," the mayor said*). A quotation
    left open runs to the end of the quote (it goes on in the next sentence) when its mark is a curly opening one
    or opens the quote: a lone straight mark after words closes a quotation begun in the sentence before."""
    for m in re.finditer(r"“[^”]*”?|\"[^\"]*\"?", quote):
        closed = m.group(0)[-1] in "”\"" and m.end() - m.start() > 1
        if not closed and m.group(0)[0] == '"' and quote[: m.start()].strip(" —–-"):
            continue
        if m.start() < pos < m.end() and len(m.group(0).split()) > 2:
            return True
    return False


def _possessor(quote: str, clause, ds: int) -> frozenset[str]:
    """The named subject of the sentence when a possessive determiner opens the dated noun phrase: *Roe won the
    runoff, paving the way for her inauguration on January 5* is Roe's inauguration (empty otherwise)."""
    if not re.search(r"\b(?:%s)\s+(?:[\w’'-]+\s+){1,3}(?:on|of|in|at)\s+$" % "|".join(POSSESSIVES), quote[:ds], re.I):
        return frozenset()
    subject = quote[clause.subject[0] : clause.subject[1]]
    return actor_keys((subject,)) if subject[:1].isupper() else frozenset()


_NUMBER_TOKEN = re.compile(r"\d[\d,]*(?:\.\d+)?|[A-Za-z]+|[^\sA-Za-z\d]")


#: words before a four-digit number that make it a year (*in 2011*), not a count
_YEAR_BEFORE = frozenset({"in", "since", "of", "by", "from", "until", "till", "before", "after", "during", "to"})


def _number_at(toks: list[str], i: int) -> tuple[int, int] | None:
    """The number written from token ``i`` (``1,000``, ``1000``, ``one thousand``, ``a thousand``, ``1.2 million``,
    ``ten thousand``) and the index after it; ``None`` when none starts there (nor a bare ``a``)."""
    w = toks[i].lower()
    if w[:1].isdigit():
        if "%" in w or re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?", w) is None:
            return None
        value, j = float(w.replace(",", "")), i + 1
    elif w in NUMBER_WORDS and not (i + 1 < len(toks) and toks[i + 1].lower() in {"of", "another", "by"}):
        value, j = float(NUMBER_WORDS[w]), i + 1  # not 'one of the victims', 'one another', 'one by one'
    elif w in {"a", "one"} and i + 1 < len(toks) and toks[i + 1].lower() in SCALE_WORDS:
        value, j = 1.0, i + 1
    else:
        return None
    while j < len(toks) and toks[j].lower() in SCALE_WORDS:
        value, j = value * SCALE_WORDS[toks[j].lower()], j + 1
    year = re.fullmatch(r"1[89]\d\d|20\d\d", w) and i > 0 and toks[i - 1].lower() in _YEAR_BEFORE
    if year or value != int(value) or j < len(toks) and toks[j] in {"%"} or j < len(toks) and toks[j].lower() in {
            "percent", "years", "year", "days", "hours", "km", "kilometres", "kilometers", "miles", "meters"}:
        return None  # a share, a span of time or a distance is no count
    return int(value), j


def counts(text: str, *, skip: tuple[int, int] = (0, 0)) -> frozenset[tuple[str, int]]:
    """The figures a sentence reports, by kind: each number with the nearest word of a kind
    (:data:`timeline.identity_words.COUNT_KINDS`) in its stretch between commas or semicolons.

    Number words and digits are one number (*a thousand* = *one thousand* = *1,000* = *1000*), hedges do not
    change it (*more than*, *over*, *nearly*), and *dead*, *killed*, *death toll* are one kind (deaths);
    *thousands*, *hundreds* (no figure) and numbers of ``text[skip[0]:skip[1]]`` (the date) are not counts.

    Parameters
    ----------
    text : str
    skip : (int, int), optional
        A span to leave out (the date mention).

    Returns
    -------
    frozenset of (str, int)
        ``(kind, value)`` pairs: *only 250 are confirmed dead, … over a thousand people have died* →
        ``{('deaths', 250), ('deaths', 1000)}``.
    """
    text = text[: skip[0]] + " " * (skip[1] - skip[0]) + text[skip[1] :] if skip[1] > skip[0] else text
    out: set[tuple[str, int]] = set()
    for stretch in re.split(r",(?!\d)|(?<!\d),|[;:()–—]", text):
        toks = _NUMBER_TOKEN.findall(stretch)
        kinds = [(k, COUNT_KINDS[t.lower()]) for k, t in enumerate(toks) if t.lower() in COUNT_KINDS]
        i = 0
        while i < len(toks):
            found = _number_at(toks, i)
            if found is None:
                i += 1
                continue
            value, j = found
            near = [(min(abs(k - i), abs(k - j + 1)), k < i, kind) for k, kind in kinds]
            if near and value > 0:
                out.add((min(near)[2], value))
            i = j
    return frozenset(out)


#: words that open a subordinate clause: a date after one of them dates that clause's happening
_SUBORDINATE = re.compile(r"\b(?:after|following|when|whenever|once|until|till|before|because|since|where|"
                          r"while|as soon as|whether)\s*(?=\S)", re.I)
#: a date that opens its subordinate clause, set off by commas (*into whether, in 2005, Acme notified …*)
_FRONTED = re.compile(r"[\s,]*(?:(?:in|on|at|by|during|from|since)\s+)?(?:the\s+)?")
_RELATIVE = re.compile(r"\b(?:that|which|who)\s+(?=[a-z]|(?:[A-Z][\w.’'-]*\s+){1,3}[a-z]+ed\b)")
_RESUME = re.compile(r"[,;:]|\s(?:has|have|had|is|are|was|were|will|would|can|could|may|might)\b", re.I)
_ANTECEDENT_STOP = re.compile(
    r"[,;:]|\b(?:of|from|in|on|at|for|with|by|to|into|after|before|following|since|about|over|says?|said|saying|"
    r"than|amid|despite)\b", re.I)


def _date_clause(quote: str, start: int, ds: int, de: int):
    """The subordinate or relative clause that holds the date, analysed on its own (``None`` when the date
    belongs to the main clause): *the case count from the outbreak that began on Friday has risen* dates
    the outbreak, *… declined to comment after a fire hit the plant on March 11* the fire."""
    head = quote[start:ds]
    if not de:
        return None
    rel = list(_RELATIVE.finditer(head))
    sub = list(_SUBORDINATE.finditer(head))
    last_rel = rel[-1].start() if rel else -1
    last_sub = sub[-1].end() if sub else -1
    if last_rel < 0 and last_sub < 0:
        return None
    opening = False
    if last_rel > last_sub:
        near = head[:last_rel].rstrip()
        aside = near.endswith(",")
        near = near[:-1] if aside else near  # ', which': the antecedent is before the comma
        stops = list(_ANTECEDENT_STOP.finditer(head, 0, len(near)))
        begin = start + (stops[-1].end() if stops else 0)
        if len(quote[begin : start + last_rel].split()) > 8:
            return None  # no noun phrase right before the relative pronoun
        # 'Marlow, who revealed his stake in early April, said …': the opening name's relative clause
        opening = aside and not stops and re.fullmatch(r"\W*(?:[A-Z][\w&.’'-]*\s*){1,4}", near) is not None
    else:
        begin = start + last_sub
    if begin <= start and not opening:
        return None
    # the clause ends where the main clause resumes: a comma, or an auxiliary after the date ('… that began
    # on Friday has risen …'); not the comma closing a date that opens the clause ('whether, in 2005, Acme …')
    fronted = _FRONTED.fullmatch(quote, begin, ds) is not None and quote.startswith(",", de)
    close = _RESUME.search(quote, de + 1 if fronted else de)
    return analyse(quote, begin, close.start() if close else len(quote), ds, de)


#: a participle phrase set off by a comma before the date (*Acme's decision to cut jobs, disclosed Tuesday, will …*,
#: *The lawsuit, filed in Delaware on May 9, seeks …*)
_PARTICIPLE = re.compile(r",\s+(?:[a-z]+ly\s+)?([a-z]+(?:ed|en|wn))\s(?:[^,;:()]*\s)?$")


def _participle_clause(quote: str, start: int, ds: int, de: int):
    """The noun phrase a participle phrase set off by commas describes, with that phrase, analysed on its own when
    the phrase holds the date (``None`` otherwise): *Acme's decision to cut 900 jobs, disclosed Tuesday, will hit
    Ohio hardest* dates the decision to cut jobs, not what *will hit*; *the lawsuit, filed on May 9, seeks …* the
    filing."""
    m = _PARTICIPLE.search(quote[start:ds])
    close = re.match(r"[^,;:.()]{0,60}[,;]", quote[de:]) if de else None
    if m is None or close is None or "VERB" not in all_lemmas(m.group(1).lower()):
        return _reduced_participle(quote, start, ds, de)
    clause = analyse(quote, start, de + close.end() - 1, ds, de)
    head = re.split(r"\b(?:of|against|by|for|from|with|in|on|to|over|at|about)\b", quote[start : start + m.start()],
                    maxsplit=1)[0]
    nouns = [t for t in content_terms(re.sub(r"\b[A-Z][\w’'-]*", " ", head)) if "NOUN" in all_lemmas(t)]
    # what the participle was done to is its action's noun too: 'the lawsuit, filed …' files a lawsuit
    return dataclasses.replace(clause, actions=clause.actions + (nouns[-1],)) if nouns else clause


#: a noun phrase led by a preposition and a determiner, then a participle right before the date (*under the scheme
#: unveiled on May 3*, *against the order issued last week*): a reduced relative clause that the date is of
_REDUCED = re.compile(r"\b(?:of|under|with|to|for|from|in|at|into|against|about|over|by)\s+"
                      r"((?:the|a|an|its|his|her|their|this|that)\s+(?:[\w’'-]+\s+){0,3}?)([a-z]+(?:ed|en|wn))\s+"
                      r"(?:on\s+|in\s+|at\s+)?$")

#: where a reduced relative clause ends: a punctuation mark, or a second noun phrase coordinated with its own
#: determiner (*the notice issued on May 3 and the inquiry by the agency*)
_REDUCED_END = re.compile(r"[,;:()]|\.(?:\s|$)|\s(?:and|or|but)\s+(?:the|a|an|its|his|her|their)\s")


def _reduced_participle(quote: str, start: int, ds: int, de: int):
    """The noun phrase a participle describes with no comma before it, after a preposition, when the participle's
    phrase holds the date (``None`` otherwise): *seed was delivered this week under the relief scheme unveiled on
    May 3 by the ministry* dates the scheme's unveiling, not the delivery; the participle's action and the noun it
    was done to (*scheme*) are the mention's. The noun phrase after a preposition is no subject, so the participle is no finite
    verb of the sentence, and the noun phrase is what was done to, not a doer (*the notice issued on May 3* and *the
    agency issued a notice on May 3* are one act). A capitalised preposition opening the sentence is not read (*In a
    statement issued on Monday, Sen. Roe said …*: the statement is the main clause's own, its speaker the doer)."""
    m = _REDUCED.search(quote, start, ds) if de else None
    if m is None or m.end() != ds or "VERB" not in all_lemmas(m.group(2).lower()):
        return None
    close = _REDUCED_END.search(quote[de:])
    clause = analyse(quote, m.start(1), de + close.start() if close else len(quote), ds, de)
    nouns = [t for t in content_terms(re.sub(r"\b[A-Z][\w’'-]*", " ", m.group(1))) if "NOUN" in all_lemmas(t)]
    actions = clause.actions + all_lemmas(m.group(2).lower())["VERB"][:1]
    # the noun phrase is what the participle was done to, no doer: 'the notice issued on May 3' is not the notice's act
    return dataclasses.replace(clause, actions=actions + (nouns[-1],) if nouns else actions, subject=(ds, ds),
                               object=(m.start(1), m.end(1)))


#: stems of actions of distinct meaning (:data:`timeline.identity_words.DISTINCT_ACTIONS` and their synonyms)
_DISTINCT = frozenset(action_stem(a) for a in DISTINCT_ACTIONS) | frozenset(
    action_stem(w) for w, a in ACTION_SYNONYMS.items() if a in DISTINCT_ACTIONS)

#: action stems of reciprocal verbs: 'A met B' and 'B met A' are one meeting
_RECIPROCAL = frozenset(action_stem(v) for v in ("meet", "talk", "speak", "negotiate", "confer", "agree", "marry",
                                                 "reconcile", "merge", "debate", "shake"))


def same_doing(fa: Features, fb: Features) -> bool:
    """Whether two mentions tell one named doer doing one thing: both name an actor and a main action, and the
    actors (:func:`_same_actor`) and the actions (:func:`actions_meet`) meet (*the council voted Tuesday to close
    the bridge* | *the city council voted on May 4 to close it*). Days apart, such mentions are the same act told
    twice or one act repeated; :func:`timeline.folder_dates.reported_day` reads the first."""
    return bool(fa.actors and fb.actors and fa.actions and fb.actions) and _same_actor(fa.actors, fb.actors) \
        and actions_meet(fa.actions, fb.actions)


def actions_meet(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two sets of action stems meet: one stem in both, one the other's prefix of four letters or more, or
    the first five letters alike (*arriv* / *arrive*, *evacu* / *evacuat*; not *tour* / *thank*)."""
    for x in a:
        for y in b:
            n = min(len(x), len(y))
            if x == y or n >= 4 and (x.startswith(y) or y.startswith(x)) or n >= 5 and x[:5] == y[:5]:
                return True
    return False


def _same_actor(a: frozenset[str], b: frozenset[str]) -> bool:
    if a & b:
        return True
    from rapidfuzz.fuzz import ratio

    return any(ratio(x, y) >= 90 for x in a for y in b if len(x) > 4 and len(y) > 4)


def _initialism(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether ``a`` is one initialism (*ESA*, *NTSB*: a short key that is no dictionary word) whose letters are the
    initials of the words of name ``b`` (*European Space Agency* → ``european``, ``space``; one
    letter, two of four or more, may be those of kind words the keys leave out: *Agency*, *National … Board*)."""
    if len(a) != 1 or len(b) < 2:
        return False
    x = next(iter(a))
    if not (2 <= len(x) <= 6 and x.isalpha()) or not 0 <= len(x) - len(b) <= (2 if len(x) >= 4 else 1) \
            or all_lemmas(x):
        return False
    letters = list(x)
    for w in b:
        if w[0] not in letters:
            return False
        letters.remove(w[0])
    return True


def _same_subject(a: frozenset[str], b: frozenset[str]) -> bool:
    """:func:`_same_actor`, or one is the other's initialism (*ESA* and *the European Space Agency*). A title or
    body word both share (:data:`timeline.identity_words.AGENT_NOUNS`, ``SELF_NOUNS``: *Secretary*, *Court*, *Club*) says not
    which one: *Energy Secretary Ann Lee* and *Secretary of Transport Bo Roe* are two, unless one is only the role."""
    ra, rb = a - AGENT_NOUNS - SELF_NOUNS, b - AGENT_NOUNS - SELF_NOUNS
    named = (ra, rb) if ra and rb else (a, b)
    return _same_actor(*named) or _initialism(a, b) or _initialism(b, a)


def _weighted_overlap(a: frozenset[str], b: frozenset[str], idf: Mapping[str, float]) -> float:
    if not a or not b:
        return 0.0
    shared = sum(idf.get(t, 1.0) for t in a & b)
    return shared / min(sum(idf.get(t, 1.0) for t in a), sum(idf.get(t, 1.0) for t in b))


def _weighted_jaccard(a: frozenset[str], b: frozenset[str], idf: Mapping[str, float]) -> float:
    """The IDF-weighted share of the words of ``a`` and ``b`` together that both hold (0.0 when neither holds any)."""
    union = sum(idf.get(t, 1.0) for t in a | b)
    return sum(idf.get(t, 1.0) for t in a & b) / union if union else 0.0


def link_score(fa: Features, fb: Features, idf: Mapping[str, float], *, quotes: tuple[str, str] | None = None,
               undated: bool = False) -> float | None:
    """How strongly two date-compatible mentions state the same event; ``-1`` for a cannot-link.

    Parameters
    ----------
    fa, fb : Features
    idf : mapping
        Inverse document frequency of terms over all mentions.
    quotes : tuple of str, optional
        The two quotes, to recognise a near-duplicate sentence.
    undated : bool, optional
        One of the two is dated only by its publication day (:mod:`timeline.lede`): nothing but its main
        clause says which event it is, so the two main actions must meet (a side verb of the other clause,
        *patients … being transferred*, or a noun of it, *the town closest to the plant*, is not enough): two
        different main actions give no link at all, whatever words the two share.

    Returns
    -------
    float or None
        The score (content-word overlap + 0.3 shared actor + 0.3 shared action + 0.15 shared object − 0.3
        different actions − 0.1 when neither names its doer and the parties each names differ: *one has been flown to
        Halden*, *the other to Riverton*); :data:`CANNOT_LINK` (``-1.0``) when the same actor, the doer of one of the
        two (:func:`_doer_shared`), does different things to different objects, or one named
        subject does two things (main actions that do not meet), or :func:`_apart` (two different named subjects, a
        role and a name named apart, two steps of a series, a reaction and what it answers;
        :func:`cannot_link_rule` names the one that fires).
        Two count reports (:func:`counts`) give 1.2 when they share a figure of one kind, ``-1`` when they do not;
        two clauses holding the same gathering (:attr:`Features.held`) share their action and object.
    """
    rel = _relation(fa, fb, undated)
    if _cannot_link(fa, fb, rel) is not None:
        return CANNOT_LINK
    if _same_count(fa.counts, fb.counts):  # two reports of a figure of one kind: the same figure, one report
        return 1.2
    if quotes is not None and (_reprinted(*quotes) or _reprinted(*quotes[::-1])):
        return 1.5  # a speaker's words reported in one page and printed in another: one act, whatever the clauses
    if undated and rel.both_act and not rel.action:
        return None  # only the main clause says which event an undated report is: another action, another event
    if quotes is not None and _near_duplicate(*quotes):
        return 1.5  # one sentence told twice (wire copy)
    score = _weighted_overlap(fa.terms, fb.terms, idf)
    score += 0.3 * rel.actor + 0.3 * rel.action + 0.15 * rel.obj - 0.3 * (rel.both_act and not rel.action)
    if fa.actors and fb.actors and not rel.actor and not (fa.subject or fb.subject or rel.mutual):
        score -= 0.1  # no one named as the doer, and the parties each names differ: likely two events
    return score


class _Relation(NamedTuple):
    """How two mentions relate (:func:`_relation`): what :func:`link_score` weighs and its cannot-links test."""

    actor: bool  # they share a named actor (:func:`_same_actor`)
    both_act: bool  # both have a main action
    held: bool  # they hold one gathering (:attr:`Features.held`)
    action: bool  # their actions meet
    obj: bool  # they share an object (or a gathering)
    mutual: bool  # one names the other's subject as its participant


def _relation(fa: Features, fb: Features, undated: bool) -> _Relation:
    """The :class:`_Relation` of two mentions; ``undated`` as for :func:`link_score` (only main actions meet)."""
    actor = _same_actor(fa.actors, fb.actors) if fa.actors and fb.actors else False
    both_act = bool(fa.actions and fb.actions)
    held = bool(fa.held & fb.held)  # 'opened its annual meeting', 'hosts its annual meeting': one gathering
    action = held or both_act and (actions_meet(fa.actions, fb.actions) or not undated and (
        actions_meet(fa.actions, fb.verbs) or actions_meet(fa.verbs, fb.actions)))
    if fa.happening and fb.happening and not actions_meet(fa.happening, fb.happening):
        action = False  # 'the explosion occurred', 'the earthquake occurred': two happenings
    obj = held or bool(fa.objects & fb.objects)
    # one names the other's subject as its participant: 'Poe hosted Roe' and 'Roe visited Poe', 'Lee met
    # Roe' and 'Roe met Lee' tell one event, and so do 'police detained Stone' and 'Stone was arrested' (a
    # passive's subject is what was done to, also when the active clause's object was not read: _done_to);
    # 'Acme sued Brightline' and 'Brightline sued Acme' (the same one-way action with the roles swapped) tell two
    mutual = bool(fa.subject & fb.objects or fb.subject & fa.objects or action and _done_to(fa, fb)) and (
        not action or bool(fa.actions & _RECIPROCAL and fb.actions & _RECIPROCAL) or fa.passive != fb.passive)
    return _Relation(actor, both_act, held, action, obj, mutual)


def _cannot_link(fa: Features, fb: Features, rel: _Relation) -> str | None:
    """The name of the cannot-link of :func:`link_score` two mentions of relation ``rel`` meet, the first in the
    order of :data:`CANNOT_LINK_RULES` (``None`` when none does). Two reports of a figure of one kind that share it
    (:func:`_same_count`) are one report: no later rule is asked."""
    if rel.actor and _doer_shared(fa, fb) and rel.both_act and not rel.action and not rel.obj and not rel.mutual \
            and not (fa.terms & fb.terms - fa.actors - fb.actors):
        return _SAME_ACTOR_OTHER_ACTION
    rule = _apart(fa, fb, rel.mutual)
    if rule is not None:
        return rule
    same_count = _same_count(fa.counts, fb.counts)
    if same_count is not None:  # two reports of a figure of one kind: the same figure, one report
        return None if same_count else _COUNTS_DIFFER
    if rel.both_act and not rel.action and fa.subject and fb.subject and not rel.mutual \
            and not fa.held | fb.held and fa.actions & _DISTINCT and fb.actions & _DISTINCT:
        return _TWO_DISTINCT_ACTIONS  # one named actor doing two things, even to one object: raised and extended it
    return None


def cannot_link_rule(fa: Features, fb: Features, *, undated: bool = False) -> str | None:
    """Which cannot-link of :func:`link_score` keeps two mentions apart.

    Parameters
    ----------
    fa, fb : Features
    undated : bool, optional
        One of the two is dated only by its publication day (as for :func:`link_score`).

    Returns
    -------
    str or None
        The name of the first rule that fires, one of :data:`CANNOT_LINK_RULES`; ``None`` when none does.
        :func:`link_score` is :data:`CANNOT_LINK` exactly when this is not ``None``.
    """
    return _cannot_link(fa, fb, _relation(fa, fb, undated))


def link_parts(fa: Features, fb: Features, idf: Mapping[str, float], *, undated: bool = False) -> dict:
    """The parts :func:`link_score` adds up for two mentions (before its cannot-links and fixed scores).

    Parameters
    ----------
    fa, fb : Features
    idf : mapping
        Inverse document frequency of terms over all mentions.
    undated : bool, optional
        As for :func:`link_score`.

    Returns
    -------
    dict
        ``overlap`` (the IDF-weighted share of the content words of the smaller mention both hold), ``actor`` (a
        shared actor), ``action`` (actions that meet, or one gathering held) and ``object`` (a shared object, or one
        gathering held).
    """
    rel = _relation(fa, fb, undated)
    return {"overlap": _weighted_overlap(fa.terms, fb.terms, idf), "actor": rel.actor, "action": rel.action,
            "object": rel.obj}


#: the least token-set similarity (``rapidfuzz``, 0–100) of two quotes of one sentence told twice
NEAR_DUPLICATE = 92


def _near_duplicate(a: str, b: str) -> bool:
    """Whether two quotes (of more than 40 characters each) are one sentence told twice: a wire copy, a release and
    the page that reprints it (``rapidfuzz`` token-set ratio at least :data:`NEAR_DUPLICATE`)."""
    from rapidfuzz.fuzz import token_set_ratio

    return min(len(a), len(b)) > 40 and token_set_ratio(a, b) >= NEAR_DUPLICATE


#: a reporting verb before the words a speaker is reported to have said (*X said*, *X announced that*)
_REPORTING = re.compile(r"\b(?:said|says|announced|noted|added|reported|stated)(?:\s+(?:that|today|yesterday|on\s+\w+))?"
                        r",?\s+", re.I)
#: the shortest reported passage (characters) whose reprint in another page tells one act
REPRINT_MIN = 60


def _reported(quote: str) -> str:
    """The words a quote reports a speaker to have said, after its last reporting verb (*Governor Lee said 40 boats
    were sent to the valley …* → *40 boats were sent …*), when they run to :data:`REPRINT_MIN` characters or more
    (``""`` otherwise)."""
    last = None
    for last in _REPORTING.finditer(quote):
        pass
    return quote[last.end():] if last is not None and len(quote) - last.end() >= REPRINT_MIN else ""


def _reprinted(a: str, b: str) -> bool:
    """Whether the passage quote ``a`` reports (:func:`_reported`) is printed in quote ``b`` near word for word
    (``rapidfuzz`` partial ratio at least :data:`NEAR_DUPLICATE`, case aside): a speaker's words reported by one page
    and printed in the speaker's own release, in whatever clause of a longer sentence."""
    said = _reported(a)
    if not said:
        return False
    from rapidfuzz.fuzz import partial_ratio

    return partial_ratio(" ".join(said.lower().split()), " ".join(b.lower().split())) >= NEAR_DUPLICATE


def _done_to(fa: Features, fb: Features) -> bool:
    """Whether one of two clauses is a passive whose named subject the other, active, clause names only outside its
    subject (*the Harbor Act was signed into law on Monday* | *on Monday, Governor Lee signed into law the Harbor
    Act*): what the active clause's doer acted on, even when its object was not read (a heavy object after *into
    law*, *to the floor*). With the same action the two tell one act from both sides, as *Mark Stone was arrested* |
    *police detained Mark Stone* do."""
    for p, a in ((fa, fb), (fb, fa)):
        if p.passive and not a.passive and p.subject and p.subject <= a.actors - a.subject:
            return True
    return False


def _doer_shared(fa: Features, fb: Features) -> bool:
    """Whether the actor two clauses share is the doer of one of them: its named subject, or the office or body its
    subject is (:attr:`Features.agent`). A name both give only as a speaker of reported words, a place or a party
    (*Mayor Lee said a new era had begun* | *Mayor Lee said on Friday that the day belonged to the people*, *the
    probe broke up over the desert* | *debris fell across the desert*) says nothing of who did what: two actions
    of two unnamed doers are no proof of two events."""
    return _same_actor(fa.subject | fa.agent, fb.actors) or _same_actor(fb.subject | fb.agent, fa.actors)


def _apart(fa: Features, fb: Features, mutual: bool) -> str | None:
    """The name of the cannot-link of two mentions that does not depend on their actions meeting (``None`` when
    none fires): two different named subjects (unless one is the other's participant, ``mutual``), a role subject
    and a name it names apart (:func:`_named_elsewhere`), two steps of a series (:attr:`Features.ordinals`), a
    reaction and the event it answers (:func:`_answers`)."""
    if fa.subject and fb.subject and not _same_subject(fa.subject, fb.subject) and not mutual:
        return _TWO_NAMED_SUBJECTS  # two different named actors doing something: two events
    if not mutual and (_named_elsewhere(fa, fb) or _named_elsewhere(fb, fa)):
        return _NAMED_APART  # 'the President convened a meeting with X' and 'X toured the city': two actors
    if fa.ordinals and fb.ordinals and not fa.ordinals & fb.ordinals:
        return _ORDINALS  # the first and the fourth dividend missed: two members of a series
    if _answers(fa, fb) or _answers(fb, fa):  # 'X said in response to news that Acme would sell' | 'Acme sold'
        return _ANSWERED
    return None


def _answers(fa: Features, fb: Features) -> bool:
    """Whether ``fa`` answers or judges (:attr:`Features.reacted`) an event ``fb`` states: ``fb`` answers nothing
    itself and its main action is among the words ``fa`` gives of the event it answers (*Sen. Roe issued a statement
    in reply to the bank paying bonuses* | *the bank paid $40 million in bonuses*), or is not ``fa``'s own (*a
    spokesman welcomed the raised offer* | *the board rejected the earlier offer*: a reaction joins only another
    report of itself)."""
    if not (fa.reacted and fb.actions) or fb.reacted:
        return False
    return actions_meet(fb.actions, fa.reacted) or not actions_meet(fa.actions, fb.actions | fb.verbs)


def _named_elsewhere(fa: Features, fb: Features) -> bool:
    """Whether ``fa``'s subject is an office, role or body (:attr:`Features.agent`, not a name) and ``fb``'s named
    subject is one ``fa`` names only outside its subject: *the President convened a meeting with the agency's chief*
    and *the agency's chief Ann Lee toured the city* are two actors' deeds (*the President* is not Ann Lee, who is
    named apart). Nothing is said of a passive (its subject is what was done to) nor of a role subject whose words
    are the name's (*the administrator* may be *Administrator Ann Lee*)."""
    if not (fa.agent and fb.subject) or fa.subject or fa.passive or fb.passive:
        return False
    return _same_actor(fb.subject, fa.actors) and not _same_actor(fb.subject, fa.agent)


def _same_count(a: frozenset[tuple[str, int]], b: frozenset[tuple[str, int]]) -> bool | None:
    """Whether two count reports give the same figure of one kind (``None`` unless both report figures): *over a
    thousand protesters were arrested* and *police said arrests had climbed past a thousand* are one report; a toll
    of 1,000 and one of 10,000, or 1,000 dead and 1,000 missing, are two."""
    if not a or not b:
        return None
    return bool(a & b)


def slug(text: str, limit: int = 6) -> str:
    """A lowercase ASCII slug of the first content words of a text (``event`` when none)."""
    norm = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    words = [w for w in re.findall(r"[a-z0-9]+", norm) if w not in _STOP_SLUG][:limit]
    return "-".join(words) or "event"


# --------------------------------------------------------------------------- preparation and blocking


class Pairs(Sequence):
    """Pairs of candidate indices ``(i, j)``, ``i < j``, held in two integer arrays (16 bytes a pair,
    against about 100 for a list of tuples: a big archive has millions of pairs).

    Iterating yields tuples; a slice is a :class:`Pairs`; equal to a list of the same tuples.
    """

    __slots__ = ("first", "second")
    __hash__ = None  # type: ignore[assignment]

    def __init__(self, first: Iterable[int] = (), second: Iterable[int] = ()):
        self.first = array("q", first)
        self.second = array("q", second)

    def __len__(self) -> int:
        return len(self.first)

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return zip(self.first, self.second)

    def __getitem__(self, k):
        if isinstance(k, slice):
            return Pairs(self.first[k], self.second[k])
        return self.first[k], self.second[k]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (Pairs, list, tuple)):
            return list(self) == [tuple(x) for x in other]
        return NotImplemented

    def __repr__(self) -> str:
        return f"Pairs({list(self)!r})"


@dataclass
class Prepared:
    """Candidates ready to be scored: records in a fixed order, periods, features, term weights, pairs."""

    records: list[dict]
    periods: list[Period]
    features: list[Features]
    idf: dict[str, float]
    pairs: Pairs = field(default_factory=Pairs)
    threshold: float = DEFAULT_THRESHOLD
    dropped: list[DroppedRow] = field(default_factory=list)
    #: pairs compared only because one names a happening the other's words hold (:func:`_named_happenings`): a
    #: link, never a cannot-link (a clause that merely mentions the storm says nothing against the storm's event)
    soft: frozenset[tuple[int, int]] = frozenset()


def _years(p: Period) -> range:
    """The calendar years a period touches."""
    return range(p.start.year, dt.date.fromordinal(p.end.toordinal() - 1).year + 1)


def prepare(records: Iterable[Mapping], *, threshold: float = DEFAULT_THRESHOLD, cap: int = DEFAULT_CAP,
            describe: Callable[[Mapping], Features] | None = None,
            doc_freq: tuple[Mapping[str, int], int] | None = None,
            aliases: AliasTable | None = None) -> Prepared:
    """Sort candidates, describe them and list the pairs to score (blocked, linear in the number of records).

    Parameters
    ----------
    records : iterable of mapping
        Candidate records.
    threshold : float
        Link threshold kept with the result.
    cap : int
        Largest block compared pair by pair; larger blocks are split by a second key, then compared within a
        window of ``cap``.
    describe : callable, optional
        The :class:`Features` of a record (default :func:`features`), e.g. a look-up of features computed
        when the records were first seen.
    doc_freq : (mapping, int), optional
        Document frequency of every term and the number of records counted, over a whole archive of which
        ``records`` are a part (a year partition); default: counted over ``records``.
    aliases : mapping, optional
        The folder's roles and the names that carry them (:func:`timeline.aliases.alias_table` of its texts): a
        mention whose subject is such a role (*the president*) is compared as that name
        (:func:`timeline.aliases.resolve`) and a title opening with the role opens with the name
        (:func:`timeline.aliases.retitle`); default: the table of the records' quotes.

    Returns
    -------
    Prepared
    """
    recs, dropped = usable_records(records)  # a record with a bad date or offsets is reported, not fatal
    recs.sort(key=content_order)  # what a record says, not its article's name nor the reading order
    cache: dict[str, Period] = {}
    for r in recs:
        if r[E.date] not in cache:
            cache[r[E.date]] = parse_period(r[E.date])
    periods = [mention_period(r, cache[r[E.date]]) for r in recs]
    feats = [(describe or features)(r) for r in recs]
    table = _quote_aliases(recs) if aliases is None else aliases
    feats = resolve(feats, [str(r[E.source]) for r in recs], table)  # 'the president' compared as the folder's
    for r in recs:
        r[E.title] = retitle(str(r[E.title]), str(r[E.source]), table)  # 'President signs …' titled by the name
    df: dict[str, int] = {}
    if doc_freq is None:
        for f in feats:
            for t in f.terms:
                df[t] = df.get(t, 0) + 1
        n = max(1, len(recs))
    else:
        counts, total = doc_freq
        df = {t: counts.get(t, 0) for f in feats for t in f.terms}
        n = max(1, total)
    idf = {t: math.log((1 + n) / (1 + c)) + 1.0 for t, c in df.items()}
    prep = Prepared(recs, periods, feats, idf, threshold=threshold, dropped=dropped)
    prep.pairs = _pairs(prep, df, cap)
    return prep


def _quote_aliases(recs: Sequence[Mapping]) -> AliasTable:
    """The alias table (:func:`timeline.aliases.alias_table`) of the records' quotes, each sentence once, by page."""
    pages: dict[str, dict[str, None]] = {}
    for r in recs:
        pages.setdefault(str(r[E.source]), {})[_said(r)] = None
    return alias_table({page: "\n".join(quotes) for page, quotes in pages.items()})


def content_order(record: Mapping) -> tuple:
    """The sort key that puts candidates in a fixed order that depends only on what they say: date, quote, date
    text, offset, then the article id (which only orders copies of one sentence at one offset, which say the same).

    Grouping takes links strongest first and equally strong ones in this order, so that renaming the articles of a
    folder or reading them in another order gives the same events (a month-level mention as strongly linked to two
    days' events joins the same one whatever the articles are called).
    """
    return (str(record[E.date]), _said(record), _read(record.get(E.date_text, "") or ""),
            int(record[E.quote_start]), str(record[E.source]))


def mention_period(record: Mapping, p: Period) -> Period:
    """The days a mention may describe: its date's period ``p``; for a mention dated only by its publication day
    (anchor ``undated``) that day and the few before it (news reports what just happened), so that it joins a
    dated mention of the same event and never splits it."""
    if record.get("anchor") != UNDATED_ANCHOR:
        return p
    start = dt.date.fromordinal(max(p.start.toordinal() - RECENT_DAYS, 1))  # not before the calendar's first day
    return Period(p.value, p.precision, start, p.end)


def _own_day(p: Period) -> Period:
    """The publication day of a mention dated only by it (:func:`mention_period` widened it to the days before);
    ``p`` itself for any other mention."""
    if p.precision != "day" or (p.end - p.start).days <= 1:
        return p
    return Period(p.value, p.precision, p.end - dt.timedelta(days=1), p.end)


def finer_period(a: Period, b: Period) -> Period | None:
    """The finer of two mention periods when one contains the other.

    A week or a month containing the publication day of an undated report (:func:`_own_day`) contains that report
    too (not a day, nor another undated report: their days differ): the report then stands for its own day (*Acme
    opened a probe* published on Monday, and *earlier this week, Acme opened a probe* in a later article, are one
    event of that Monday).

    Parameters
    ----------
    a, b : Period
        Two mention periods (:func:`mention_period`).

    Returns
    -------
    Period or None
        The finer of the two (the undated report's own day, as above); ``None`` when neither contains the other.
    """
    if b.contains(a):
        return a
    if a.contains(b):
        return b
    if b.precision != "day" and b.contains(_own_day(a)):
        return _own_day(a)
    if a.precision != "day" and a.contains(_own_day(b)):
        return _own_day(b)
    return None  # two undated reports of days apart stay apart (unless one fact is told again: :func:`_dates_fit`)


#: the most days between the publication days of two undated reports of one happening (:func:`_dates_fit`): news
#: retells a just-done act in its follow-ups of the next days, as a perfect (*Acme has offered him a contract*), for
#: about the week after which :mod:`timeline.lede` reads an article as a look-back (``NEWS_DAYS``)
RETOLD_DAYS = NEWS_DAYS
_LEVEL_STEMS = frozenset(action_stem(v) for v in LEVEL_VERBS)


#: how the dates of two mentions let them be one event (:func:`_dates_fit`): one period contains the other
_NESTED = "nested"
#: … or two undated reports of days apart tell one fact again (:func:`_dates_fit`)
_RETOLD = "retold"
#: … or one sentence dates its clause by two consecutive days joined by *and* / *or* (:func:`_coordinated_days`)
_COORDINATED = "coordinated"
#: what may stand between two coordinated dates of one clause: *Friday and Saturday*, *June 4 and 5*, *today or
#: tomorrow*, *on Monday or on Tuesday*; not *and again on* (a second happening) nor a clause between them
_COORDINATION = re.compile(r",?\s+(?:and|or|&)\s+(?:on\s+)?", re.I)


def _coordinated_days(ra: Mapping, rb: Mapping, pa: Period, pb: Period) -> bool:
    """Whether two mentions are one sentence whose clause is dated by two consecutive days written side by side,
    joined by *and* or *or* (*the ferry service was suspended on both Friday and Saturday*, *tremors were recorded on
    June 4 and 5*, *the talks go on today and tomorrow*, *at 9 p.m. local time, or 2 p.m. in Eastport*): one act, or
    one run of it, that went on over the two days (or took place on one of them), not two events. Two days apart
    (*on Monday and Wednesday*), a repetition (*struck on March 2 and again on March 3*) or dates of two clauses (*the
    council voted today, and the mayor signs tomorrow*) are not."""
    if ra[E.source] != rb[E.source] or ra[E.quote_start] != rb[E.quote_start]:
        return False
    if pa.precision != "day" or pb.precision != "day" or abs((pa.start - pb.start).days) != 1:
        return False
    quote = _said(ra)
    texts = _read(ra.get(E.date_text) or ""), _read(rb.get(E.date_text) or "")
    if not all(texts) or texts[0] == texts[1]:
        return False
    for first, second in (texts, texts[::-1]):
        at = quote.find(first)
        while at >= 0:
            gap = _COORDINATION.match(quote, at + len(first))
            if gap and quote.startswith(second, gap.end()):
                return True
            at = quote.find(first, at + 1)
    return False


#: … or one act told at night by one report and on the next day by another (:func:`_night_days`)
_NIGHT = "night"
#: how far from a date expression a time of the night still belongs to it (characters either side)
NIGHT_REACH = 20
#: a time of the night: *Thursday night*, *overnight*, *after midnight*, *11:40 p.m.*, *2:15 a.m.*, *early Friday*
_NIGHT_WORDS = re.compile(r"\b(?:night|overnight|midnight|early)\b|\b(?:9|10|11)(?::\d\d)?\s*p\.?\s?m\b|"
                          r"\b(?:12|1|2|3|4)(?::\d\d)?\s*a\.?\s?m\b", re.I)


def _night_days(ra: Mapping, rb: Mapping, pa: Period, pb: Period) -> bool:
    """Whether two mentions of consecutive days may tell one act done at night: a report dated by the evening's day
    and one dated by the next (*Brenner was shot dead by police on Monday night* | *Brenner was shot dead by police
    on March 8*; a landing at *11:40 p.m. local time on a Monday* is *early Tuesday* in a zone ahead), one of them
    saying a time of the night by its date (:func:`_at_night`). Both must be dated to the day by their text (not by
    a publication day); whether they tell one act is :func:`_same_act`'s."""
    if pa.precision != "day" or pb.precision != "day" or abs((pa.start - pb.start).days) != 1:
        return False
    if UNDATED_ANCHOR in (ra.get("anchor"), rb.get("anchor")):
        return False
    return _at_night(ra) or _at_night(rb)


def _at_night(record: Mapping) -> bool:
    """Whether a mention's own date is said with a time of the night (:data:`_NIGHT_WORDS` within
    :data:`NIGHT_REACH` characters of its date expression: *Thursday night*, *11:40 p.m. on March 10*, *early
    Friday*), not another clause's (*the storm turned east overnight and came ashore on Friday afternoon*: the
    afternoon's)."""
    quote, date_text = _said(record), _read(record.get(E.date_text) or "")
    at = quote.find(date_text) if date_text else -1
    if at < 0:
        return False
    near = quote[max(0, at - NIGHT_REACH) : at + len(date_text) + NIGHT_REACH]
    return _NIGHT_WORDS.search(near) is not None


def _same_act(fa: Features, fb: Features) -> bool:
    """Whether two mentions of consecutive days (:func:`_night_days`) name one doer doing one act: the same named
    subject and main actions that meet, in the same voice, no level that changes from day to day
    (:data:`LEVEL_VERBS`), no other step of a series."""
    if not (fa.subject and fb.subject and fa.actions and fb.actions) or fa.passive != fb.passive:
        return False
    if (fa.actions | fb.actions) & _LEVEL_STEMS or fa.ordinals != fb.ordinals:
        return False
    return _same_subject(fa.subject, fb.subject) and actions_meet(fa.actions, fb.actions)


def _dates_fit(ra: Mapping, rb: Mapping, pa: Period, pb: Period) -> str | None:
    """How the dates of two mentions (records ``ra``, ``rb`` with mention periods ``pa``, ``pb``) let them be one
    event: :data:`_NESTED` when one period contains the other (:func:`finer_period`); :data:`_COORDINATED` when they are
    one sentence's two consecutive days written side by side (:func:`_coordinated_days`); :data:`_NIGHT` when they are
    a night and its next day, one said by its date at night (:func:`_night_days`: one act when :func:`_same_act`
    says so); :data:`_RETOLD` when they
    do not but both are undated reports (anchor ``undated``, :func:`mention_period`) published on two days at most
    :data:`RETOLD_DAYS` apart: one fact told without a date by articles of different days may be one happening, done
    on or before the earlier day (:func:`_same_happening` says whether it is); ``None`` when the dates exclude each
    other. The one place that decides it: the pairs to score (:func:`_pairs`), their links (:func:`score_pairs`) and
    the date of two groups joined (:func:`_union`) all ask here."""
    if finer_period(pa, pb) is not None:
        return _NESTED
    if _coordinated_days(ra, rb, pa, pb):
        return _COORDINATED
    if _night_days(ra, rb, pa, pb):
        return _NIGHT
    if ra.get("anchor") != UNDATED_ANCHOR or rb.get("anchor") != UNDATED_ANCHOR:
        return None
    return _RETOLD if 1 <= abs((pa.end - pb.end).days) <= RETOLD_DAYS else None


def _rest(f: Features) -> frozenset[str]:
    """The content words of a mention besides its subject and its action (what the act was done to, where, to whom)."""
    return frozenset(t for t in f.terms - f.subject
                     if not any(t == a or len(a) >= 4 and t.startswith(a) for a in f.actions))


def _same_happening(fa: Features, fb: Features, idf: Mapping[str, float]) -> bool:
    """Whether two undated reports of different days (:func:`_dates_fit`) tell one happening: the same named subject
    doing the same main action in the same voice, to or about the same things (the IDF-weighted share of their other
    words at least :data:`DISAGREE_OVERLAP`, below which one actor's two mentions disagree: *Dana Hale has been invited
    to the Kyoto summit* and *Hale has been invited to the summit in Kyoto*, not *… to the royal gala in Oslo*), and
    no other step of a series (:attr:`Features.ordinals`). A change of a level (:data:`LEVEL_VERBS`: *the river has
    risen*), told again, is the level of another day; an unnamed subject (*officials*, *the president*) says not
    who."""
    if not (fa.subject and fb.subject and fa.actions and fb.actions) or fa.passive != fb.passive:
        return False
    if not (_same_subject(fa.subject, fb.subject) and actions_meet(fa.actions, fb.actions)):
        return False
    if (fa.actions | fb.actions) & _LEVEL_STEMS or fa.ordinals != fb.ordinals:
        return False
    return _weighted_overlap(_rest(fa), _rest(fb), idf) >= DISAGREE_OVERLAP


def _keys(f: Features, df: Mapping[str, int]) -> set[str]:
    rare = sorted(f.terms, key=lambda t: (df.get(t, 0), t))[:3]
    return {f"a:{a}" for a in f.actors} | {f"v:{v}" for v in f.actions} | {f"o:{o}" for o in f.objects} | \
        {f"t:{t}" for t in rare} | {f"n:{k}:{n}" for k, n in f.counts} | {f"v:{h}" for h in f.held}


def _blocks(prep: Prepared, df: Mapping[str, int]) -> tuple[dict[tuple, list[int]], list[tuple[str, ...]]]:
    """The (year, key) blocks and the quoted-span blocks, and every candidate's keys."""
    blocks: dict[tuple, list[int]] = {}
    keys_of: list[tuple[str, ...]] = []
    for i, (r, p, f) in enumerate(zip(prep.records, prep.periods, prep.features)):
        blocks.setdefault(("span", r[E.source], r[E.quote_start]), []).append(i)
        keys = tuple(sorted(_keys(f, df)))
        keys_of.append(keys)
        for y in _years(p):
            for key in keys:
                blocks.setdefault((y, key), []).append(i)
    return blocks, keys_of


def _split(block: tuple, members: list[int], keys_of: Sequence[tuple[str, ...]], sizes: Mapping[tuple, int],
           cap: int, done: set) -> Iterator[list[int]]:
    """Sub-blocks of a block larger than ``cap``: its members that also share a second key.

    A (year, key) block grows with the archive when the key is common (an action, an object); two members that
    share it *and* another word are rarer together (a key of the same word, ``o:bank`` and ``t:bank``, or of the
    same five-letter root, ``v:approv`` and ``t:approve``, is not another word). A second key whose own block is
    small is skipped (that block compares its members already), and each pair of big keys is split once.
    Members without a second word form one sub-block of their own.
    """
    year, key = block
    root = key[2:7]
    subs: dict[str, list[int]] = {}
    for i in members:
        others = [k for k in keys_of[i] if k[2:7] != root]  # o:bank and t:bank are one word, not two keys
        for k in others:
            if sizes.get((year, k), 0) > cap:
                subs.setdefault(k, []).append(i)
        if not others:
            subs.setdefault("", []).append(i)
    for k in sorted(subs):
        pair_key = (year, key, k) if k < key else (year, k, key)
        if k and pair_key in done:
            continue
        done.add(pair_key)
        yield subs[k]


def _pairs(prep: Prepared, df: Mapping[str, int], cap: int) -> Pairs:
    """Date-compatible pairs of candidates that share a small (year, key) block, or two keys of a year, or
    quote the same span.

    A block of at most ``cap`` candidates is compared pair by pair. A larger one is split by a second key
    (:func:`_split`); a sub-block still larger than ``cap`` is compared within a window of ``cap`` neighbours in
    date order. So each candidate is compared with a number of others bounded by its keys and ``cap``, and the
    blocks stay small while the archive grows (sharing a common action in one year is not enough; sharing it
    with an actor, an object or a rare word is).
    """
    blocks, keys_of = _blocks(prep, df)
    sizes = {key: len(m) for key, m in blocks.items()}
    n = len(prep.records)
    seen: set[int] = set()  # a pair (a, b) as the number a * n + b: a third of the memory of a tuple
    periods, recs = prep.periods, prep.records
    done: set[tuple] = set()

    def compare(members: list[int]) -> None:
        if len(members) > cap:
            members = sorted(members, key=lambda i: (periods[i].start, i))
        for x, i in enumerate(members):
            for j in members[x + 1 : x + 1 + cap]:
                a, b = (i, j) if i < j else (j, i)
                code = a * n + b
                if code in seen:
                    continue
                if _dates_fit(recs[a], recs[b], periods[a], periods[b]) is not None:
                    seen.add(code)

    for key in list(blocks):
        members = blocks.pop(key)  # each block is freed once its pairs are listed
        if len(members) < 2:
            continue
        if len(members) <= cap or key[0] == "span":
            compare(members)
            continue
        for sub in _split(key, members, keys_of, sizes, cap, done):
            if len(sub) >= 2:
                compare(sub)
    for a, b in _same_day_pairs(prep, cap):  # one day's act told by two articles with other verbs or actors
        if a * n + b not in seen:
            seen.add(a * n + b)
    for a, b in _reprint_pairs(prep, cap):  # a speaker's reported words printed in another page
        if a * n + b not in seen and _dates_fit(recs[a], recs[b], periods[a], periods[b]):
            seen.add(a * n + b)
    soft = set()
    for a, b in _named_happening_pairs(prep, cap):  # 'the riot of May 2' | 'the league met after the riot'
        if a * n + b not in seen and _dates_fit(recs[a], recs[b], periods[a], periods[b]):
            seen.add(a * n + b)
            soft.add((a, b))
    prep.soft = frozenset(soft)
    codes = sorted(seen)
    del seen
    return Pairs((c // n for c in codes), (c % n for c in codes))


def _same_day_pairs(prep: Prepared, cap: int) -> Iterator[tuple[int, int]]:
    """Pairs ``(a, b)``, ``a < b``, of mentions of different articles dated to the same calendar day that share a
    rare content word (any of their words, not only the three rarest each is blocked by: :func:`_keys`).

    Two reports of one day's act told with another verb or another name of the actor share no action or actor key,
    and the word they share need not be among either's three rarest. A word is rare when its IDF is at least
    :data:`SAME_DAY_IDF` (held by about one candidate in twenty or fewer); a (day, word) block larger than ``cap`` (a
    word common that day) is skipped, so each mention meets a bounded number of others. Mentions dated only by their
    publication day (:func:`mention_period` widens them) and coarser dates are left out; two mentions of one article
    are compared by their keys only (its clauses of one day tell several acts). The score and the cannot-links then
    decide, as for any pair.
    """
    blocks: dict[tuple, list[int]] = {}
    for i, (p, f) in enumerate(zip(prep.periods, prep.features)):
        if p.precision != "day" or (p.end - p.start).days != 1:
            continue
        for t in f.terms:
            if prep.idf.get(t, 0.0) >= SAME_DAY_IDF:
                blocks.setdefault((p.start, t), []).append(i)
    src = [r[E.source] for r in prep.records]
    for key in sorted(blocks):
        members = blocks[key]
        if len(members) > cap:
            continue
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                if src[i] != src[j]:
                    yield (i, j) if i < j else (j, i)


def _reprint_pairs(prep: Prepared, cap: int) -> Iterator[tuple[int, int]]:
    """Pairs ``(a, b)``, ``a < b``, of two pages' mentions where one reports a speaker's words (:func:`_reported`) that
    the other prints (:func:`_reprinted`) in whatever clause: their features describe two clauses and share no key.
    Each reporting mention meets the mentions of its years whose quotes hold the two rarest words of the passage it
    reports (a (year, word) block larger than ``cap`` is skipped), so the cost stays bounded."""
    said = [_reported(_said(r)) for r in prep.records]
    if not any(said):
        return
    words = [frozenset(t for t in content_terms(_said(r)) if not t.isdigit()) for r in prep.records]
    df: dict[str, int] = {}
    for w in words:
        for t in w:
            df[t] = df.get(t, 0) + 1
    index: dict[tuple[int, str], list[int]] = {}
    for i, (p, w) in enumerate(zip(prep.periods, words)):
        for y in _years(p):
            for t in w:
                index.setdefault((y, t), []).append(i)
    src = [r[E.source] for r in prep.records]
    for i, text in enumerate(said):
        if not text:
            continue
        rare = sorted((t for t in content_terms(text) if not t.isdigit() and t in df), key=lambda t: (df[t], t))[:2]
        if len(rare) < 2:
            continue
        for y in _years(prep.periods[i]):
            first, second = index.get((y, rare[0]), []), index.get((y, rare[1]), [])
            if len(first) > cap or len(second) > cap:
                continue
            for j in sorted(set(first) & set(second)):
                if src[j] != src[i] and _reprinted(_said(prep.records[i]), _said(prep.records[j])):
                    yield (i, j) if i < j else (j, i)


def _calendar_day(record: Mapping) -> bool:
    """Whether a mention's date expression names a calendar day or year (*Oct. 9*, *March 4, 2019*), not
    only a weekday or a time of the publication day (*Monday*, *this morning*)."""
    return any(ch.isdigit() for ch in str(record.get(E.date_text) or ""))


def _named_happening_pairs(prep: Prepared, cap: int) -> Iterator[tuple[int, int]]:
    """Pairs ``(a, b)``, ``a < b``, of a mention that names only a happening and one that holds its noun.

    The first is a noun phrase dated by its own date, whose clause has no other action (*the riot of May 2*,
    *the earthquake of 12 January*); the second holds that noun among the words of another clause (*the league met in
    the wake of the riot*, *relief flew in after the earthquake*). Their blocks share no key when the noun is not
    one of the second mention's rarest words. Per (year, noun), each named mention meets at most ``cap`` holders
    (never the holders with each other: two clauses that merely mention a storm tell no one event), and only when
    one of the two names a calendar day (:func:`_calendar_day`: *Monday's storm* and any clause of that Monday may
    be two things of the day). Such a pair may link, never cannot-link (:attr:`Prepared.soft`).
    """
    named: dict[tuple[int, str], list[int]] = {}
    holders: dict[tuple[int, str], list[int]] = {}
    for i, (p, f) in enumerate(zip(prep.periods, prep.features)):
        only = bool(f.actions) and f.actions <= f.happening and f.actions <= {action_stem(o) for o in f.objects}
        for t in f.terms:
            if t in HAPPENING_NOUNS:
                side = named if only and action_stem(t) in f.happening else holders
                for y in _years(p):
                    side.setdefault((y, action_stem(t)), []).append(i)
    recs = prep.records
    for key in sorted(named):
        for i in named[key]:
            for j in holders.get(key, [])[:cap]:
                if i != j and (_calendar_day(recs[i]) or _calendar_day(recs[j])):
                    yield (i, j) if i < j else (j, i)


def judge_pair(prep: Prepared, i: int, j: int) -> tuple[str, float | None]:
    """What :func:`score_pairs` makes of one pair: a link, a cannot-link or nothing, with the score behind it.

    Parameters
    ----------
    prep : Prepared
    i, j : int
        Candidate indices.

    Returns
    -------
    tuple
        ``(verdict, score)``: verdict ``"link"`` (at or above the threshold), ``"conflict"`` (a cannot-link) or
        ``"none"``; score the :func:`link_score` (``2.0`` for one sentence quoted twice with the same date, ``None``
        when no score was computed or it is withheld: dates that exclude each other, two undated reports of different
        days that say not one happening, two main actions of an undated report that differ).
    """
    verdict, score, _cause = _judged(prep, i, j)
    return verdict, score


def explain_pair(prep: Prepared, i: int, j: int) -> tuple[str, float | None, str]:
    """What :func:`judge_pair` makes of one pair, and why.

    Parameters
    ----------
    prep : Prepared
    i, j : int
        Candidate indices.

    Returns
    -------
    tuple
        ``(verdict, score, cause)``: verdict and score as :func:`judge_pair` gives them; cause one of
        :data:`PAIR_CAUSES`, or for a cannot-link of :func:`link_score` the name of its rule
        (:func:`cannot_link_rule`).
    """
    verdict, score, cause = _judged(prep, i, j)
    if cause == _SCORED_APART:
        ri, rj = prep.records[i], prep.records[j]
        undated = UNDATED_ANCHOR in (ri.get("anchor"), rj.get("anchor"))
        cause = cannot_link_rule(prep.features[i], prep.features[j], undated=undated) or cause
    return verdict, score, cause


def _judged(prep: Prepared, i: int, j: int) -> tuple[str, float | None, str]:
    """:func:`judge_pair`'s verdict and score, and their cause (one of :data:`PAIR_CAUSES`)."""
    recs, periods, feats, idf = prep.records, prep.periods, prep.features, prep.idf
    ri, rj = recs[i], recs[j]
    undated = UNDATED_ANCHOR in (ri.get("anchor"), rj.get("anchor"))
    overlap = ri[E.quote_start] < rj[E.quote_end] and rj[E.quote_start] < ri[E.quote_end]
    if ri[E.source] == rj[E.source] and (ri[E.quote_start] == rj[E.quote_start] or undated and overlap):
        if periods[i].value == periods[j].value:
            return "link", 2.0, _QUOTED_TWICE  # one sentence quoted twice with the same date
        if _coordinated_days(ri, rj, periods[i], periods[j]):
            return "link", 2.0, _TWO_DAYS_ONE_ACT  # 'both Friday and Saturday': one act over two days
        # the publication day and a date of another clause: two events
        return ("conflict", None, _UNDATED_AND_DATED) if undated else ("none", None, _TWO_DATES)
    if ri[E.source] == rj[E.source] and _clauses_of_one_sentence(ri, rj):
        return "conflict", None, _TWO_CLAUSES  # 'the king toured the coast' | 'after a cyclone struck': two events
    fit = _dates_fit(ri, rj, periods[i], periods[j])
    if fit is None:
        return "none", None, _DATES_EXCLUDE  # dates that exclude each other (not a pair of _pairs)
    score = link_score(feats[i], feats[j], idf, quotes=(_said(ri), _said(rj)), undated=undated)
    if fit == _RETOLD and not (score and score > 0 and _same_happening(feats[i], feats[j], idf)):
        return "none", None, _NOT_RETOLD  # two undated reports of different days: a link only when one happening
    if fit == _NIGHT and not (score and score > 0 and _same_act(feats[i], feats[j])):
        return "none", None, _NOT_NIGHT  # two days, one at night: a link only when one doer does one act
    if score is None:
        return "none", None, _UNDATED_OTHER_ACTION
    if score < 0:  # a cannot-link; a score merely below zero (the penalties of :func:`link_score` outweighing what
        # the two share) is no link, and no proof of two events
        if score <= CANNOT_LINK and (min(i, j), max(i, j)) not in prep.soft:
            return "conflict", score, _SCORED_APART
        return "none", score, _BELOW_ZERO
    if score >= pair_threshold(prep, i, j) - 1e-9:  # 0.55 + 0.15 is 0.7000000000000001 in floating point
        return "link", round(score, 6), _AT_THRESHOLD
    return "none", score, _BELOW_THRESHOLD


def pair_threshold(prep: Prepared, i: int, j: int) -> float:
    """The least :func:`link_score` that links a pair (:func:`judge_pair`).

    Parameters
    ----------
    prep : Prepared
    i, j : int
        Candidate indices.

    Returns
    -------
    float
        The threshold of ``prep``, 0.15 more when the two mentions' dates differ (one contains the other).
    """
    periods = prep.periods
    return prep.threshold if periods[i].value == periods[j].value else prep.threshold + 0.15


#: the causes of the verdicts of :func:`judge_pair` (:func:`explain_pair`), in the order they are asked
_QUOTED_TWICE = "one sentence quoted twice"
_TWO_DAYS_ONE_ACT = "one sentence, two coordinated days"
_UNDATED_AND_DATED = "one sentence, undated and dated"
_TWO_DATES = "one sentence, two dates"
_TWO_CLAUSES = "two clauses of one sentence"
_DATES_EXCLUDE = "dates exclude"
_NOT_RETOLD = "retold, not one happening"
_NOT_NIGHT = "a night and its next day, not one act"
_UNDATED_OTHER_ACTION = "undated, main actions differ"
_SCORED_APART = "cannot-link"
_BELOW_ZERO = "below zero or a soft cannot-link"
_AT_THRESHOLD = "at or above the threshold"
_BELOW_THRESHOLD = "below the threshold"
PAIR_CAUSES = (_QUOTED_TWICE, _TWO_DAYS_ONE_ACT, _UNDATED_AND_DATED, _TWO_DATES, _TWO_CLAUSES, _DATES_EXCLUDE,
               _NOT_RETOLD, _NOT_NIGHT, _UNDATED_OTHER_ACTION, _SCORED_APART, _BELOW_ZERO, _AT_THRESHOLD,
               _BELOW_THRESHOLD)


def score_pairs(prep: Prepared, pairs: Iterable[tuple[int, int]]) -> tuple[list[tuple[float, int, int]], list[tuple[int, int]]]:
    """Score pairs: the links at or above the threshold, and the cannot-links (:func:`judge_pair`).

    Parameters
    ----------
    prep : Prepared
    pairs : iterable of (int, int)

    Returns
    -------
    tuple
        ``(links, conflicts)``: links as ``(score, i, j)``, conflicts as ``(i, j)``.
    """
    links: list[tuple[float, int, int]] = []
    conflicts: list[tuple[int, int]] = []
    for i, j in pairs:
        verdict, score = judge_pair(prep, i, j)
        if verdict == "link":
            links.append((score, i, j))
        elif verdict == "conflict":
            conflicts.append((i, j))
    return links, conflicts


def _plain_span(record: Mapping) -> tuple[int, int]:
    """The record's quote span as in its text saved plain (:data:`PLAIN_SPAN`)."""
    return record.get(PLAIN_SPAN) or (record[E.quote_start], record[E.quote_end])


def _clauses_of_one_sentence(ri: Mapping, rj: Mapping) -> bool:
    """Whether two quotes of one article are two clauses of one sentence quoted apart, one right after the other
    without a sentence end between them: the extractor quotes a sentence's second event apart from its main one
    (:func:`timeline.clauses.event_quote`), so the two state two events. A quote after a blank line
    (:data:`PARAGRAPH_START`: a release's *… issued the following statement:* and the statement, a headline and its
    lede) opens a sentence of its own, and two quotes of one text are one line printed twice (a chart's title and its
    link), not two clauses."""
    a, b = (ri, rj) if ri[E.quote_start] <= rj[E.quote_start] else (rj, ri)
    gap = _plain_span(b)[0] - _plain_span(a)[1]
    return (0 <= gap <= 2 and not a[E.quote].rstrip("\"”’'").endswith((".", "!", "?", "…"))
            and not b.get(PARAGRAPH_START) and _said(a).strip() != _said(b).strip())


# --------------------------------------------------------------------------- grouping


#: members of each group compared with the other group's before two groups join (see :func:`_union`)
GROUP_SAMPLE = 8
#: below this share of common words (besides the actors), two mentions of one actor with different actions
#: disagree (see :func:`_disagree`)
DISAGREE_OVERLAP = 0.35


def _disagree(fa: Features, fb: Features, idf: Mapping[str, float]) -> bool:
    """The same named actor doing a different thing, said in other words: the two mentions would make a
    catch-all event if a chain of other links joined them. The actor must be a doer of one of them: when neither
    names its doer (a named subject, an office or body), the name both give is the speaker of reported clauses, a
    place or a party (*Acme announced that hackers had stolen …* | *Acme announced that a breach had exposed …*), which
    says nothing of who did what (as for the cannot-link of :func:`_doer_shared`)."""
    if not (fa.actions and fb.actions and fa.actors and fb.actors and _same_actor(fa.actors, fb.actors)):
        return False
    if not (fa.subject or fb.subject or fa.agent or fb.agent):
        return False  # neither names its doer: the name both give is a speaker, a place or a party (_doer_shared)
    if actions_meet(fa.actions, fb.actions) or actions_meet(fa.actions, fb.verbs) or actions_meet(fa.verbs,
                                                                                                   fb.actions):
        return False
    if fa.held & fb.held or _same_count(fa.counts, fb.counts):
        return False
    return _weighted_overlap(fa.terms - fa.actors, fb.terms - fb.actors, idf) < DISAGREE_OVERLAP


def _union(prep: Prepared, links: list[tuple[float, int, int]], conflicts: Sequence[tuple[int, int]]) -> list[int]:
    """Union-find over links, strongest first, keeping each group on one line of nested dates and free of
    cannot-link pairs, unless the links between two groups outvote the cannot-links between them
    (:func:`_outvoted`). Returns the root of every candidate.

    Equally strong links are taken the closest pair first (the IDF-weighted share of the two mentions' words
    they share, of all the words they say: *the squad flew to Lisbon in mid-March* is as strongly linked to the
    players who flew on the 14th as to those who flew on the 16th, and joins the one that says most of the same),
    then in the order of the candidates (:func:`content_order`), never of the articles' names.

    Two groups that are not both single mentions join only when fewer than half the pairs of their first
    :data:`GROUP_SAMPLE` members disagree (:func:`_disagree`): a cluster's members must agree on what happened,
    not only chain through one shared word (complete-link in spirit, at a bounded cost). Two groups joined by two
    undated reports of one fact told on two days (:func:`_dates_fit`) take the earlier group's date
    (:func:`_told_earlier`)."""
    periods, feats, idf = prep.periods, prep.features, prep.idf
    n = len(periods)
    parent = list(range(n))
    finest = list(periods)
    members: dict[int, set[int]] = {}
    sample: dict[int, list[int]] = {}
    cannot = _cannot_links(conflicts)
    conflicts_of = _cannot_links(conflicts)  # each mention's own cannot-links (``cannot`` gathers them by group)
    links_of = _cannot_links([(i, j) for _score, i, j in links])

    def find(i: int) -> int:
        root = i
        while parent[root] != root:
            root = parent[root]
        while parent[i] != root:
            parent[i], i = root, parent[i]
        return root

    for i, j in _strongest_first(links, feats, idf):
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        fine = _joined_date(prep, (finest[ri], i), (finest[rj], j))
        if fine is None:
            continue  # the groups hold two dates that exclude each other
        mi, mj = members.get(ri, {ri}), members.get(rj, {rj})
        ci, cj = cannot.get(ri, set()), cannot.get(rj, set())
        if (ci & mj or cj & mi) and not _outvoted(mi, mj, conflicts_of, links_of):
            continue  # the same actor doing two different things, unless the groups' links outvote it
        si, sj = sample.get(ri, [ri]), sample.get(rj, [rj])
        if _groups_disagree(si, sj, feats, idf):
            continue  # most of the two groups' members disagree on what happened: a chain, not one event
        root, other = min(ri, rj), max(ri, rj)
        parent[other] = root
        finest[root] = fine
        members[root] = mi | mj
        members.pop(other, None)
        sample[root] = sorted(si + sj)[:GROUP_SAMPLE]
        sample.pop(other, None)
        if ci or cj:
            cannot[root] = ci | cj
            cannot.pop(other, None)
    return [find(i) for i in range(n)]


#: links per cannot-link by which two groups' links outvote the cannot-links between them (:func:`_outvoted`)
OUTVOTING_LINKS = 4


def _outvoted(mi: set[int], mj: set[int], conflicts_of: Mapping[int, set[int]], links_of: Mapping[int, set[int]]
              ) -> bool:
    """Whether the links between two groups outvote the cannot-links between them: at least
    :data:`OUTVOTING_LINKS` linked pairs of mentions, one from each group, and at least :data:`OUTVOTING_LINKS` times
    as many linked pairs as cannot-link pairs. A main event told by many pages (a collapse, an explosion, a landing)
    gathers mentions in two groups that many pairs link; one stray member of one of them (a look-back, a statement, a
    letter's heading) in a cannot-link with a member of the other kept the two apart, an event told twice. A
    cannot-link that the two groups' other links do not outweigh still keeps them apart.

    Parameters
    ----------
    mi, mj : set of int
        The members of the two groups.
    conflicts_of, links_of : mapping
        The mentions each mention is in a cannot-link with, and linked to (:func:`score_pairs`).

    Returns
    -------
    bool
    """
    small, big = (mi, mj) if len(mi) <= len(mj) else (mj, mi)
    conflicts = sum(len(conflicts_of.get(x, set()) & big) for x in small)
    links = sum(len(links_of.get(x, set()) & big) for x in small)
    return links >= OUTVOTING_LINKS and links >= OUTVOTING_LINKS * conflicts


def _cannot_links(conflicts: Sequence[tuple[int, int]]) -> dict[int, set[int]]:
    """The candidates each candidate may never be grouped with (both ways)."""
    cannot: dict[int, set[int]] = {}
    for i, j in conflicts:
        cannot.setdefault(i, set()).add(j)
        cannot.setdefault(j, set()).add(i)
    return cannot


def _strongest_first(links: list[tuple[float, int, int]], feats: Sequence[Features], idf: Mapping[str, float]
                     ) -> Iterator[tuple[int, int]]:
    """The pairs of ``links`` strongest first; equally strong ones the pair that says most of the same first (the
    IDF-weighted share of all their words both say), then in the order of the candidates."""
    def closeness(i: int, j: int) -> float:
        return round(_weighted_jaccard(feats[i].terms, feats[j].terms, idf), 6)

    for _score, i, j in sorted(links, key=lambda x: (-x[0], -closeness(x[1], x[2]), x[1], x[2])):
        yield i, j


def _joined_date(prep: Prepared, a: tuple[Period, int], b: tuple[Period, int]) -> Period | None:
    """The date of two groups joined by a link, each given as (the group's finest date, the linked candidate): the
    finer of the two dates when one contains the other; for a link of two undated reports of one fact told on two
    days (:func:`_dates_fit`), the earlier group's date (:func:`_told_earlier`); for one sentence's two coordinated
    days (:func:`_coordinated_days`) or a night and its next day (:func:`_night_days`) of two groups dated by them,
    the first; ``None`` when they exclude each other."""
    (fa, i), (fb, j) = a, b
    fine = finer_period(fa, fb)
    recs, periods = prep.records, prep.periods
    fit = _dates_fit(recs[i], recs[j], periods[i], periods[j]) if fine is None else None
    if fit == _RETOLD:
        fine = _told_earlier((fa, periods[i]), (fb, periods[j]))
    elif fit in (_COORDINATED, _NIGHT) and (fa, fb) == (periods[i], periods[j]):
        fine = min(fa, fb, key=lambda p: p.start)  # two coordinated days, a night and its next day: the first
    elif fit == _NESTED:
        fine = _second_day(fa, periods[i], fb) or _second_day(fb, periods[j], fa)
    return fine


def _second_day(first: Period, own: Period, other: Period) -> Period | None:
    """The date of a group dated by ``first`` joining another dated ``other`` through a member whose own day
    ``own`` is the day after ``first`` (a group of two coordinated days, or a night and its next day, holds mentions
    of the second day: :func:`_joined_date`): ``first`` when ``other`` is that second day, else ``None``."""
    if first.precision != "day" or own.precision != "day" or (own.end - own.start).days != 1:
        return None
    return first if own.start == first.end and other == own else None


def _groups_disagree(si: Sequence[int], sj: Sequence[int], feats: Sequence[Features], idf: Mapping[str, float]
                     ) -> bool:
    """Whether at least half the pairs of two groups' samples disagree (:func:`_disagree`), two single mentions
    never (their link said whether they agree)."""
    if len(si) + len(sj) <= 2:
        return False
    split = sum(_disagree(feats[a], feats[b], idf) for a in si for b in sj)
    return 2 * split >= len(si) * len(sj)


def _told_earlier(a: tuple[Period, Period], b: tuple[Period, Period]) -> Period | None:
    """The date of two groups joined by two undated reports of one happening published on different days
    (:func:`_dates_fit`), each given as (the group's finest date, its report's days): the earlier group's date — the
    happening was done on or before the earlier publication day, or on the day a dated member of that group gives —
    when the later group is dated by its report alone and the earlier date lies in the :data:`RETOLD_DAYS` before the
    later report (``None`` otherwise)."""
    (early, _), (late, report) = sorted((a, b), key=lambda g: (g[1].end, g[1].start))
    if late != report or early.end >= report.end or (report.start - early.start).days > RETOLD_DAYS:
        return None
    return early


def join(prep: Prepared, links: list[tuple[float, int, int]], conflicts: Sequence[tuple[int, int]] = ()
         ) -> list[int]:
    """The event (root candidate index) of every candidate: links applied strongest first, under the date and
    cannot-link constraints of :func:`group`, then back-references joined to their day's main event
    (:func:`attach_anaphors`) and so are retellings by pages published long after the day (:func:`attach_retold`).
    The caller may drop its links and pairs afterwards."""
    roots = _union(prep, links, conflicts)
    return attach_retold(prep, attach_anaphors(prep, roots, conflicts), conflicts)


def attach_anaphors(prep: Prepared, roots: Sequence[int], conflicts: Sequence[tuple[int, int]] = ()) -> list[int]:
    """Join each event made only of back-references, dated to a day, to the main event of that day: by a generic
    event noun (:attr:`Features.anaphor`: *since the attack of 9 September*, *after the crash on Monday*) to the main
    event of the day; by the noun of a happening (:attr:`Features.named_by`: *after Tuesday's landslide*, *since the
    March 3 ruling*) to the main one of the events of that day that some mention states by a verb and whose mentions
    share the noun's stem (*a landslide buried the road on Tuesday*).

    The main event is the one of that day (its finest date) reported by the most articles, then with the most
    mentions; none when two events tie (the reference could be either), when a member of one has a cannot-link
    with a member of the other, or when both name actors and share none (a possessive reference names its owner:
    *Roe's rivals …, since their attack of 9 September*). A back-reference has no action of its own, so it never
    joins two groups that each have one; a named event (*the 1917 Halifax disaster*) is no back-reference.

    Parameters
    ----------
    prep : Prepared
    roots : sequence of int
        The event (root index) of every candidate (:func:`_union`).
    conflicts : sequence of (int, int)
        Cannot-link pairs.

    Returns
    -------
    list of int
        The roots, with every attached back-reference given its host's root.
    """
    feats, periods, recs = prep.features, prep.periods, prep.records
    groups: dict[int, list[int]] = {}
    for i, r in enumerate(roots):
        groups.setdefault(r, []).append(i)
    hosts: dict[str, list[tuple[tuple[int, int, int], int]]] = {}
    for r, members in groups.items():
        if all(feats[i].anaphor for i in members):
            continue
        fine = periods[min(members, key=lambda i: (periods[i].end - periods[i].start, i))]
        if fine.precision == "day":
            rank = (len({recs[i][E.source] for i in members}), len(members), -r)
            hosts.setdefault(fine.value, []).append((rank, r))
    cannot: dict[int, set[int]] = {}
    for i, j in conflicts:
        cannot.setdefault(i, set()).add(j)
        cannot.setdefault(j, set()).add(i)
    out = list(roots)
    for r, members in groups.items():
        day = periods[min(members, key=lambda i: (periods[i].end - periods[i].start, i))]
        if not all(feats[i].anaphor or feats[i].named_by for i in members) or day.precision != "day" \
                or day.value not in hosts:
            continue
        host = _main_event(members, [(rank, h) for rank, h in hosts[day.value] if h != r], groups, feats)
        if host is None or any(cannot.get(i, set()).intersection(groups[host]) for i in members):
            continue
        mine = frozenset().union(*(feats[i].actors for i in members))
        theirs = frozenset().union(*(feats[i].actors for i in groups[host]))
        if mine and theirs and not _same_actor(mine, theirs):
            continue
        for i in members:
            out[i] = host
    return [out[r] for r in out]  # a generic reference joined a group of dated noun phrases that joined its host


#: days after an event's day from which a page retells it rather than reports it: past the :data:`RETOLD_DAYS` of
#: follow-ups, a page of two weeks and more on (an anniversary, a hearing, a report, a later article's background)
RETOLD_AFTER = 14
#: least IDF-weighted share of a retelling's words that its day's main event holds, when their actions do not meet
RETOLD_OVERLAP = 0.55


def attach_retold(prep: Prepared, roots: Sequence[int], conflicts: Sequence[tuple[int, int]] = ()) -> list[int]:
    """Join each event told only by pages published long after its day (:data:`RETOLD_AFTER`, by their
    :data:`PAGE_DAY`: *On April 5 an explosion ripped through the mine* in a hearing a month on, *A year ago today,
    29 men died* in an anniversary speech) to the main event of that day, when it retells it.

    The main event of a day is the one of that day (its finest date) reported by the most pages, among those a page
    of its own days reports (published before :data:`RETOLD_AFTER`), and by two pages at least; none when two tie.
    A retelling says that event in other words. It names no doer the main event does not (a later page's own act of
    that day — *the county board voted on April 5* — stays apart), and either its actions meet the main event's
    actions, verbs or happenings (*twelve workers died that day* and *an explosion killed twelve workers, who died*),
    or it names the main event's happening or action by a happening noun and has no named or acting subject (*a
    massive explosion ripped through the mine* and *an explosion occurred*; not *the safety board sent investigators
    to the explosion*), or the main event holds :data:`RETOLD_OVERLAP` of its words (IDF-weighted). It does not join
    when half the main event's mentions or more have a cannot-link with it (a main event gathers many pages' words,
    and one of them may name another doer). An event a page of its own days reports is never moved.

    Parameters
    ----------
    prep : Prepared
    roots : sequence of int
        The event (root index) of every candidate.
    conflicts : sequence of (int, int)
        Cannot-link pairs.

    Returns
    -------
    list of int
        The roots, with every joined retelling given its host's root.
    """
    feats, periods, recs = prep.features, prep.periods, prep.records
    groups: dict[int, list[int]] = {}
    for i, r in enumerate(roots):
        groups.setdefault(r, []).append(i)
    hosts: dict[str, list[tuple[tuple[int, int], int]]] = {}
    retold: list[tuple[int, Period]] = []
    for r, members in groups.items():
        day = periods[min(members, key=lambda i: (periods[i].end - periods[i].start, i))]
        if day.precision != "day":
            continue
        lags = [_page_lag(recs[i], day) for i in members]
        if all(lag is not None and lag >= RETOLD_AFTER for lag in lags):
            retold.append((r, day))
        elif len({recs[i][E.source] for i in members}) >= 2 and any(lag is not None and lag < RETOLD_AFTER
                                                                     for lag in lags):
            hosts.setdefault(day.value, []).append(((len({recs[i][E.source] for i in members}), len(members)), r))
    cannot = _cannot_links(conflicts)
    out = list(roots)
    for r, day in retold:
        ranked = sorted(hosts.get(day.value, []), reverse=True)
        if not ranked or len(ranked) > 1 and ranked[0][0] == ranked[1][0]:
            continue
        host = ranked[0][1]
        against = set().union(*(cannot.get(i, set()) for i in groups[r])).intersection(groups[host])
        if 2 * len(against) >= len(groups[host]) or not _retells(groups[r], groups[host], feats, prep.idf):
            continue
        for i in groups[r]:
            out[i] = host
    return out


def _page_lag(record: Mapping, day: Period) -> int | None:
    """The days from ``day`` to the publication day of the record's page (:data:`PAGE_DAY`; ``None`` unknown)."""
    page = record.get(PAGE_DAY)
    return None if not page else (dt.date.fromisoformat(str(page)) - day.start).days


def _retells(members: Sequence[int], host: Sequence[int], feats: Sequence[Features], idf: Mapping[str, float]
             ) -> bool:
    """Whether a group of later mentions (``members``) retells the event ``host`` (see :func:`attach_retold`)."""
    said = [feats[i] for i in members]
    told = [feats[j] for j in host]
    doers = frozenset().union(*(f.actors for f in told))
    if not all(not f.subject or _same_subject(f.subject, doers) for f in said):
        return False  # a doer of its own: another act of that day
    acts = frozenset().union(*(f.actions | f.verbs | f.happening for f in told))
    if any(f.actions and actions_meet(f.actions | f.happening, acts) for f in said):
        return True
    words = frozenset().union(*(f.terms for f in said))
    named = frozenset(action_stem(w) for w in words & HAPPENING_NOUNS)  # *a massive explosion ripped through …*
    if named and not any(f.subject or f.agent for f in said) and actions_meet(named, acts):
        return True
    return _weighted_overlap(words, frozenset().union(*(f.terms for f in told)), idf) >= RETOLD_OVERLAP


def _main_event(members: Sequence[int], hosts: list[tuple[tuple[int, int, int], int]],
                groups: Mapping[int, list[int]], feats: Sequence[Features]) -> int | None:
    """The root of the main event of a day that a group of back-references (``members``) refers to, among ``hosts``
    (rank, root) of that day, or ``None`` when two tie. A group that names its happening by a noun
    (:attr:`Features.named_by`) refers only to an event that a mention states by a verb (not one made only of
    dated noun phrases and headlines) and whose mentions share the noun's stem."""
    nouns = frozenset().union(*(feats[i].named_by for i in members))
    if nouns:
        hosts = [(rank, h) for rank, h in hosts
                 if any(feats[j].actions and not (feats[j].named_by or feats[j].anaphor) for j in groups[h])
                 and any(nouns & _stems_of(feats[j]) for j in groups[h])]
    ranked = sorted(hosts, reverse=True)
    if not ranked or len(ranked) > 1 and ranked[0][0][:2] == ranked[1][0][:2]:
        return None  # no single main event that day
    return ranked[0][1]


def _stems_of(f: Features) -> frozenset[str]:
    """The stems a mention says its event with: its actions, verbs, happening and content words."""
    return f.actions | f.verbs | f.happening | _stems(f.terms)


def group(prep: Prepared, links: list[tuple[float, int, int]], conflicts: Sequence[tuple[int, int]] = (),
          *, roots: Sequence[int] | None = None) -> pd.DataFrame:
    """Join linked candidates into events and build the candidates frame.

    Each event takes the finest date of its members (their dates are nested;
    the one most of them give among equally fine ones), and the title and lane of its most direct member
    among those giving that date or reporting it undated
    (:func:`timeline.titles.directness`, plus the share of the other members that share its action and
    :func:`timeline.titles.informativeness` of its title); ids are slugs of date and title,
    made unique deterministically.

    Parameters
    ----------
    prep : Prepared
    links : list of (float, int, int)
    conflicts : sequence of (int, int)
    roots : sequence of int, optional
        :func:`join` already applied (``links`` and ``conflicts`` are then ignored), so that a big merge
        frees its links before the frame is built.

    Returns
    -------
    pandas.DataFrame
        A validated events frame with :data:`CANDIDATE_COLUMNS`, one row per quote.
    """
    recs, periods = prep.records, prep.periods
    dropped = list(prep.dropped)
    if not recs:
        frame = _empty()
        frame.attrs["dropped"] = dropped
        return frame
    if roots is None:
        roots = join(prep, links, conflicts)
    groups: dict[int, list[int]] = {}
    for i, r in enumerate(roots):
        groups.setdefault(r, []).append(i)
    used: dict[str, int] = {}
    out: list[dict] = []
    order = sorted(groups.values(), key=lambda g: (min(periods[i].start for i in g), min(g)))
    for members in order:
        date, end_date, best = _event_head(prep, members)
        base = f"{date.lower()}-{slug(recs[best][E.title])}"
        k = used.get(base, 0)
        used[base] = k + 1
        event_id = base if k == 0 else f"{base}-{k + 1}"
        out.extend(_event_rows(prep, members, (event_id, date, end_date, best), dropped))
    frame, out = valid_frame(out, dropped)  # rows that would not validate are left out and reported
    keys = [E.event_id, E.source, E.quote_start, E.quote_end, E.date_text]
    extra = pd.DataFrame(out, columns=[*keys, *CANDIDATE_COLUMNS])
    frame = frame.merge(extra, on=keys, how="left", validate="1:1")
    frame.attrs["dropped"] = dropped
    return frame


def _event_head(prep: Prepared, members: list[int]) -> tuple[str, str, int]:
    """An event's date (:func:`_date_rank`), the end of the period a member with that date gives (*from May 3 to
    May 5*: every row agrees on it) or else the second of two coordinated days it holds (:func:`_coordinated_end`),
    and the member whose title and lane the event takes: the one that states it most directly, among those that give
    the event's date or report it undated (a report of the next day, *X has declared …*, states what a dated noun
    only names); a record page structure titles (:data:`PAGE_TITLED`: a hearing record's cover) counts as direct as
    the most direct member, its verbless quote being no measure of its title; a member titled with a stub
    (:func:`timeline.titles.stub_title`: *Officials announced*, *Ann Lee learns*: a verb of saying, knowing or doing
    without its object) titles the event only when no member giving its date states the act in full, however
    directly its quote states it: joining mentions never makes an event's title a stub when one member's is not.
    Members of the day after a night that tells the act give the night's date (:func:`_giving_date`)."""
    recs, periods = prep.records, prep.periods
    counts: dict[str, int] = {}
    for i in members:
        counts[recs[i][E.date]] = counts.get(recs[i][E.date], 0) + 1
    nights = _night_pairs(prep, members)
    for night, next_day in {(recs[i][E.date], recs[j][E.date]) for i, j in nights}:
        counts[night] += counts[next_day]  # the reports of the next day tell the night's act: they give its date
    chosen = min(members, key=_date_rank(members, recs, periods, counts))
    date = recs[chosen][E.date]
    end_date = max((recs[i].get(E.end_date) or "" for i in members if recs[i][E.date] == date),
                   key=lambda v: parse_period(v).end if v else dt.date.min) or _coordinated_end(prep, members, date)
    agree = _consensus(members, prep.features)
    top = max(prep.features[i].direct for i in members)
    direct = {i: top if recs[i].get(PAGE_TITLED) else prep.features[i].direct for i in members}
    giving = _giving_date(recs, members, date, nights)
    best = max(members, key=lambda i: (i in giving, not stub_title(recs[i][E.title]),
                                       round(direct[i] + agree[i] + informativeness(recs[i][E.title]), 6),
                                       recs[i]["confidence"], _faithful(recs[i]), -i))
    return date, end_date, best


def _night_pairs(prep: Prepared, members: Sequence[int]) -> list[tuple[int, int]]:
    """The pairs (night, next day) of an event's members that tell one act at night and on the next day
    (:func:`_night_days`: *at 11:40 p.m. on March 10* and *on March 11*)."""
    recs, periods = prep.records, prep.periods
    return [(i, j) for i in members for j in members if periods[i].precision == "day"
            and periods[j].start == periods[i].end and _night_days(recs[i], recs[j], periods[i], periods[j])]


def _giving_date(recs: Sequence[Mapping], members: Sequence[int], date: str,
                 nights: Sequence[tuple[int, int]]) -> set[int]:
    """The members of an event that give its date: those dated by it or reporting it undated, and those of the day
    after a night that tells the act (``nights``: :func:`_night_pairs`) when the event is dated by that night: both
    give the night's date."""
    giving = {i for i in members if recs[i][E.date] == date or recs[i].get("anchor") == UNDATED_ANCHOR}
    next_days = {recs[j][E.date] for i, j in nights if recs[i][E.date] == date}
    return giving | {j for j in members if recs[j][E.date] in next_days}


def _coordinated_end(prep: Prepared, members: Sequence[int], date: str) -> str:
    """The later of two coordinated days of one sentence (:func:`_coordinated_days`: *both Friday and Saturday*) in
    an event dated by the first: the end of the event's period (``""`` when the event holds no such pair)."""
    recs, periods = prep.records, prep.periods
    firsts: dict[tuple, list[int]] = {}
    for i in members:
        if recs[i][E.date] == date:
            firsts.setdefault((recs[i][E.source], recs[i][E.quote_start]), []).append(i)
    for j in members:
        for i in firsts.get((recs[j][E.source], recs[j][E.quote_start]), []):
            if periods[j].start > periods[i].start and _coordinated_days(recs[i], recs[j], periods[i], periods[j]):
                return str(recs[j][E.date])
    return ""


def _event_rows(prep: Prepared, members: Sequence[int], head: tuple[str, str, str, int], dropped: list) -> list[dict]:
    """The rows of one event (``head``: its id, date, end date and title member, :func:`_event_head`): one per quote
    (a sentence with two dates of the event is quoted once: *met on Tuesday and Wednesday*; the other mention is
    reported in ``dropped`` only when its date lies outside the event's, :func:`_shown_by`), with the event's date,
    title and lane, and the best member's confidence raised by the number of articles."""
    recs, periods = prep.records, prep.periods
    event_id, date, end_date, best = head
    span = _event_span(date, end_date)
    sources = {recs[i][E.source] for i in members}
    top = max(recs[i]["confidence"] for i in members)
    lone = all(prep.features[i].anaphor for i in members)  # back-references only: no host that day
    quoted: set[tuple] = set()
    rows: list[dict] = []
    for i in sorted(members, key=lambda i: (recs[i][E.date] != date, periods[i].end - periods[i].start,
                                          -recs[i]["confidence"], i)):
        key = (recs[i][E.source], recs[i][E.quote_start], recs[i][E.quote_end])
        if key in quoted:  # one sentence with two dates of the same event: quoted once
            if not _shown_by(span, periods[i]):
                dropped.append(dropped_row(recs[i], f"its quote is kept once, in its event dated {date}; its own date "
                                                    "is not on the timeline"))
            continue
        quoted.add(key)
        rec = dict(recs[i])
        rec.update({E.event_id: event_id, E.date: date, E.end_date: end_date, E.title: recs[best][E.title],
                    E.lane: recs[best][E.lane]})
        rec["confidence"] = round(min(1.0, top + 0.05 * (len(sources) - 1)), 3)
        if lone:
            _lone_reference(rec)
        _date_text_in_quote(rec)
        rows.append(rec)
    return rows


def _event_span(date: str, end_date: str) -> Period:
    """The days an event covers: from its date's first day to its end date's last (its date's when none)."""
    first = parse_period(date)
    last = parse_period(end_date) if end_date else first
    return Period(date, first.precision, first.start, max(first.end, last.end))


def _shown_by(span: Period, period: Period) -> bool:
    """Whether a mention's date is shown by its event's ``span`` (:func:`_event_span`): they share a day, so that
    quoting its sentence once, under the event, loses nothing (*met on Tuesday and Wednesday*: the event runs from
    Tuesday to Wednesday; *in 2021 … on March 3, 2021*)."""
    return span.overlaps(period)


def _date_text_in_quote(rec: dict) -> None:
    """Keep a row's ``date_text`` only when its quote writes it, as the events format asks; a date written outside
    the quote (a chronicle's date line above the entry, a record's heading) is named in the note instead, in
    place."""
    written = str(rec.get(E.date_text) or "")
    if written and written not in str(rec[E.quote]):
        rec[E.date_text] = ""
        if repr(written) not in str(rec[E.note]):
            rec[E.note] = f"{rec[E.note]}; dated by {written!r}, written outside the quote"


def _faithful(rec: Mapping) -> float:
    """The share of a record's title words its own quote holds: of two copies of one sentence equally fit to title
    their event, the one whose title says what the sentence says (not a headline's words given to it)."""
    words = set(content_terms(str(rec[E.title])))
    return round(len(words & set(content_terms(_said(rec)))) / len(words), 6) if words else 0.0


#: confidence factor of an event made only of back-references (:func:`attach_anaphors` found no host)
def _date_rank(members: Sequence[int], recs: Sequence[Mapping], periods: Sequence[Period],
               counts: Mapping[str, int]) -> Callable[[int], tuple]:
    """The sort key that picks an event's date among its members': a date of the text wins over the publication
    day of an undated report when the text gives a day (the report may tell a day before it); then the finest
    date (the members' dates are nested: a month-level mention joined the day it describes), the one most members
    give among equally fine ones. A week or month of the text that contains an undated report's day gives way to
    that day (:func:`finer_period`); of undated reports of several days and no day of the text, the earliest day
    (the fact told again later was done on or before it: :func:`_dates_fit`)."""
    def undated(i: int) -> bool:
        return recs[i].get("anchor") == UNDATED_ANCHOR

    day = dt.timedelta(days=1)
    text_day = any(not undated(i) and periods[i].end - periods[i].start <= day for i in members)

    def rank(i: int) -> tuple:
        p = _own_day(periods[i]) if undated(i) and not text_day else periods[i]
        first = p.start if not text_day else dt.date.min  # one fact told undated on two days: the earlier day
        return undated(i) and text_day, p.end - p.start, first, -counts[recs[i][E.date]], i
    return rank


LONE_REFERENCE = 0.6


def _lone_reference(rec: dict) -> None:
    """Mark a row of an event stated only by back-references (*since the attack of 9 September*) that joined no
    main event of its day: kept (it is the archive's only trace of what happened that day, with its quote), at a
    lower confidence and with the reason in ``note``, so that an analyst can review or filter it."""
    rec["confidence"] = round(rec["confidence"] * LONE_REFERENCE, 3)
    why = "a back-reference by a generic event noun; no mention states the event itself"
    rec[E.note] = f"{rec.get(E.note) or ''}; {why}".lstrip("; ")


def _consensus(members: list[int], feats: Sequence[Features]) -> dict[int, float]:
    """How typical each member's action is of its event: the share of the other members that share
    an action stem with it (an event of three or more mentions is best titled by what most of them say happened;
    0 for smaller events)."""
    if len(members) < 3:
        return {i: 0.0 for i in members}
    acts = {i: feats[i].actions | feats[i].happening for i in members}
    return {i: sum(1 for j in members if j != i and acts[i] & acts[j]) / (len(members) - 1) for i in members}


def _empty() -> pd.DataFrame:
    frame = events_from_records([])
    for col in CANDIDATE_COLUMNS:
        frame[col] = pd.Series(dtype=float if col == "confidence" else object)
    return frame


def merge(records: Iterable[Mapping], *, threshold: float = DEFAULT_THRESHOLD, cap: int = DEFAULT_CAP,
          aliases: AliasTable | None = None) -> pd.DataFrame:
    """Group candidate records into events (:func:`prepare`, :func:`score_pairs`, :func:`group` in this process).

    Parameters
    ----------
    records : iterable of mapping
        Candidate records from :func:`timeline.extract.extract_article`.
    threshold : float
        Link threshold for two mentions with the same date value (0.15 more for nested dates).
    cap : int
        Largest block compared pair by pair.
    aliases : mapping, optional
        The folder's roles and their names (:func:`prepare`).

    Returns
    -------
    pandas.DataFrame
    """
    prep = prepare(records, threshold=threshold, cap=cap, aliases=aliases)
    links, conflicts = score_pairs(prep, prep.pairs)
    prep.pairs = Pairs()
    roots = join(prep, links, conflicts)
    del links, conflicts
    return group(prep, [], roots=roots)
