"""What a dated clause says: who did what to what, and whether it is an event at all.

:func:`analyse` reads the clause of a sentence around a date mention with a few
generic rules and a lemmatiser that ships its data (``lemminflect``), and no
model: it returns a :class:`Clause` with

* the **actors**: named entities, found as runs of capitalised words that are
  not capitalised only because they start the sentence (``Elon Musk``,
  ``Twitter Inc.``), plus the subject noun phrase when it is a common noun
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
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import all_lemmas

__all__ = [
    "Clause",
    "NON_EVENT_KINDS",
    "Token",
    "action_stem",
    "actor_keys",
    "analyse",
    "clause_bounds",
    "content_terms",
    "tokens",
]

#: Kinds that are not events (the extractor drops them).
NON_EVENT_KINDS = frozenset({"reference", "caption", "stamp", "citation", "heading", "framing", "state"})

_TOKEN = re.compile(r"[$€£]?\d+(?:[,.:/]\d+)*%?\w*|[^\W\d_](?:[\w’'&.-]*\w)?|\S", re.U)

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
          "enter", "begin", "start", "submit", "receive", "get", "put", "lodge", "strike", "sign", "seal"}
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
_NUMBER = re.compile(r"[$€£¥]\s?\d|\d[\d,.]*\s?(?:%|percent|per cent|cents?|dollars?|billion|million|bn|m\b)", re.I)
_CAPTION = re.compile(
    r"\b(?:photo(?:graph)?|picture|image|file photo|pictured|caption)\s*(?::|by\b|credit)|\b(?:getty images|"
    r"afp|reuters|ap photo|epa|bloomberg)\s*(?:/|via)|/\s*(?:getty|afp|reuters|ap|epa)\b|\(photo\b|credit:|"
    r"^\W*file\s*[-–—:]|\b(?:is|are) (?:seen|pictured|shown|silhouetted)\b|\bposes? for (?:a |the )?"
    r"(?:photo(?:graph)?|picture|portrait)\b",
    re.I,
)
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
# a record compared with a past date: 'the 5th most powerful earthquake since 1900', 'the highest since 2008'
_RECORD_SINCE = re.compile(
    r"\b(?:\w{3,}est|most\s+\w+|least\s+\w+|first|worst|best)\b[^.;,]{0,60}\bsince\s+(?:the\s+)?(?:early\s+|late\s+)?$",
    re.I,
)
# a caption's closing 'Place, Month D, YYYY.' after a present-tense or verbless line
_CAPTION_DATELINE = re.compile(r",\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}\.?\s*$")
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


@dataclass(frozen=True)
class Token:
    """A token of the raw text: ``text[start:end] == word``."""

    start: int
    end: int
    word: str

    @property
    def lower(self) -> str:
        """The word in lower case, possessive and curly apostrophes normalised."""
        return re.sub(r"(?:['’]s|['’])$", "", self.word.lower().replace("’", "'"))

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
        ``event``, ``scheduled``, ``reference``, ``caption``, ``stamp`` or ``hypothetical``.
    reason : str
        Why the kind is not ``event`` ("" for events).
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


def _noun_lemma(word: str) -> str:
    lem = _lemmas(word)
    if "NOUN" in lem:
        return lem["NOUN"][0].lower()
    if "VERB" in lem:
        return lem["VERB"][0].lower()
    return word


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
        return False  # 'Georgia’s actions': a noun after a possessive
    if lemma == w:
        # a base form needs an auxiliary or 'to' before it, except verbs whose past is their base ('put', 'set')
        return w in _SAME_PAST and prev is not None and (prev.is_cap or prev.lower in _PRONOUNS or prev.lower in {
            "first", "then", "also", "later", "finally"})
    noun = "NOUN" in lem or "ADJ" in lem
    if w.endswith("ed") or not noun:
        return True
    if not w.endswith("s"):  # an irregular past that is also a noun or adjective: 'smoke rose', 'fire broke'
        return prev is not None and prev.lower not in _DETERMINERS and prev.lower not in _PREPOSITIONS and (
            prev.is_cap or prev.lower in _PRONOUNS or "NOUN" in _lemmas(prev.lower))
    # '-s' forms: 'talks', 'offers' are nouns as often as verbs
    if prev is None or "NOUN" in lem and prev.lower in _DETERMINERS:
        return False
    if "NOUN" in lem and nxt is not None and (nxt.lower in {"and", "or", "of", ","} or nxt.is_word and not nxt.is_cap
                                              and "VERB" in _lemmas(nxt.lower)
                                              and _lemmas(nxt.lower)["VERB"][0].lower() != nxt.lower):
        return False  # 'International teams and …', 'teams spent': a plural noun before its verb
    prev_lem = _lemmas(prev.lower)
    return prev.is_cap or prev.lower in _PRONOUNS or set(prev_lem) == {"NOUN"} and prev.lower not in _STOP


def action_stem(lemma: str) -> str:
    """The key under which a verb and its derived noun meet.

    ``terminate``/``termination`` → ``termin``, ``announce``/``announcement`` →
    ``announc``, ``approve``/``approval`` → ``approv``; two stems are the same
    action when one is a prefix of the other or they share five letters.

    Parameters
    ----------
    lemma : str

    Returns
    -------
    str
    """
    s = lemma.lower()
    for suffix in ("isation", "ization", "ation", "ition", "ution", "ment", "ance", "ence", "sion", "tion", "ure",
                   "ing", "al", "ate", "ion", "e", "s"):
        if s.endswith(suffix) and len(s) - len(suffix) >= 3:
            return s[: -len(suffix)]
    return s


# --------------------------------------------------------------------------- tokens and bounds


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    end = len(text) if end is None else end
    return [Token(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text, start, end)]


def clause_bounds(text: str, start: int, end: int, date_start: int, date_end: int) -> tuple[int, int]:
    """The clause of ``text[start:end]`` around a date: split at ``; – — ( )`` and ``, and``/``, but``/``, while``.

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
    for m in re.finditer(r"[;–—()]|, and |, but |, while |, whereas ", text[start:end]):
        pos = start + m.start()
        if pos < date_start:
            s = start + m.end()
        elif pos >= date_end:
            e = pos
            break
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def content_terms(text: str) -> tuple[str, ...]:
    """Content lemmas of a text (no stop, date or number words), lower case, in order."""
    out = []
    for tok in tokens(text):
        w = tok.lower
        if not tok.is_word or len(w) < 3 or w in _STOP:
            continue
        out.append(_noun_lemma(w) if not tok.is_cap else w)
    return tuple(out)


# --------------------------------------------------------------------------- names


def _sentence_initial(toks: list[Token], i: int, text: str) -> bool:
    if i == 0:
        before = text[max(0, toks[0].start - 3) : toks[0].start].strip()
        return before == "" or before[-1:] in ".!?\n\"“‘'"
    return toks[i - 1].word in {".", "!", "?", ":", "“", "\"", "‘"}


@lru_cache(maxsize=4)
def _capitalised_words(text: str) -> frozenset[str]:
    """Words written with a capital inside sentences somewhere in the text (so names, not sentence starts)."""
    found = re.findall(r"(?<=[a-z,;] )([A-Z][\w’'&-]*\w)", text)
    return frozenset(re.sub(r"['’]s$", "", w).lower() for w in found)


def _name_spans(toks: list[Token], text: str, skip: tuple[int, int]) -> list[tuple[int, int]]:
    """Runs of capitalised tokens (with of/for/and/de inside), as token index ranges ``[i, j)``."""
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        inside = skip[0] <= tok.start < skip[1]
        if not tok.is_cap or not tok.is_word or inside or tok.lower in _MONTHS_DAYS:
            i += 1
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
            if t.is_cap and t.is_word and t.lower not in _MONTHS_DAYS:
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
    """Distinctive lowercase words of names: ``Twitter Inc.`` → ``twitter``, ``Elon Musk`` → ``elon``, ``musk``."""
    keys = set()
    for name in names:
        for tok in tokens(name):
            w = tok.lower.strip(".")
            if tok.is_word and len(w) > 1 and w not in _GENERIC_NAME_WORDS:
                keys.add(w)
    return frozenset(keys)



# --------------------------------------------------------------------------- verbs

_SKIP_TO_INFINITIVE = {"expect", "schedule", "set", "due", "slate", "poise", "plan", "intend", "aim", "seek",
                       "try", "attempt", "move", "going", "go", "likely", "able"}
_PREDICATIVE = {"due", "likely", "unlikely", "able", "unable", "set", "expected", "scheduled", "poised", "ready",
                "willing", "eager", "about"}
_ADVERB = re.compile(r"^(?:not|never|also|just|already|finally|then|later|still|now|reportedly|formally|"
                     r"officially|initially|first|again|only|ultimately|eventually|\w+ly)$")


@dataclass(frozen=True)
class _Group:
    first: int  # token index where the verb group starts (auxiliaries included)
    head: int  # token index of the main verb
    lemma: str
    form: str


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
        if w in _AUX and w not in {"also", "just", "already", "finally", "then", "later", "not", "never"}:
            j = i + 1
            while j < len(toks) and (toks[j].lower in _AUX or _ADVERB.match(toks[j].lower)) and j not in blocked \
                    and not (toks[j].lower in _BE and j + 1 < len(toks) and not _is_verb(toks[j + 1].lower)):
                j += 1
            if j < len(toks) and j not in blocked and toks[j].is_word and not toks[j].is_cap \
                    and _is_verb(toks[j].lower) and toks[j].lower not in _STOP:
                auxes = {t.lower for t in toks[i:j]}
                head = toks[j].lower
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
            if w in _BE and not (w == "to"):
                groups.append(_Group(i, i, "be", "present" if w in {"is", "are"} else "past"))
            i += 1
            continue
        if _is_finite_verb(tok, toks[i - 1] if i else None, toks[i + 1] if i + 1 < len(toks) else None):
            form = "present" if w.endswith("s") and not w.endswith("ss") else "past"
            k = i + 1
            while k < len(toks) and (k in blocked or toks[k].lower in _MONTHS_DAYS | {"late", "early"}):
                k += 1  # 'released Thursday by the agency'
            prev_noun = i and (toks[i - 1].word == "," or not toks[i - 1].is_cap and toks[i - 1].is_word
                               and "NOUN" in _lemmas(toks[i - 1].lower) and toks[i - 1].lower not in _PRONOUNS)
            if k < len(toks) and toks[k].lower == "by" and w.endswith("ed") and prev_noun:
                form = "participle"  # ', signed by both companies in May 1997,', 'a statement released by':
                # a reduced relative clause
            groups.append(_Group(i, i, _verb_lemma(w), form))
        i += 1
    return groups


def _states_only(main: _Group, groups: list[_Group]) -> bool:
    """Whether a clause only states a situation: a reporting verb whose content is ``be``, or a verb of going on."""
    if main.lemma in _STATE_VERBS and main.form in {"present", "past", "perfect"}:
        return True
    return main.lemma in _REPORTING and any(g.lemma == "be" for g in groups if g is not main) \
        and all(g.lemma in _REPORTING | _STATE_VERBS | {"be", "have"} for g in groups)


def _main_group(groups: list[_Group]) -> tuple[_Group | None, str]:
    """The group that says what happened, and the form of the whole clause (future when planned)."""
    planned = ""
    for g in groups:
        if g.lemma in _SKIP_TO_INFINITIVE:
            planned = "future"
            continue
        if g.lemma in _REPORTING or g.lemma == "be" or g.form == "participle" and g is not groups[-1]:
            continue
        form = "future" if planned and g.form == "infinitive" else g.form
        return g, form
    for g in groups:
        if g.lemma in _REPORTING:
            return g, g.form
    return (groups[0], groups[0].form) if groups else (None, "")


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


def _phrase_before(toks: list[Token], k: int, blocked: set[int]) -> tuple[int, int]:
    """Token range ``[i, k)`` of the subject phrase ending just before token ``k``."""
    i = k
    while i > 0 and (i - 1) not in blocked:
        t = toks[i - 1]
        w = t.lower
        number = re.fullmatch(r"[$€£]?\d+(?:[,.]\d+)*%?", t.word) is not None
        if not t.is_word and not number and t.word not in {"-", "&", "’s", "'s"} or w in _BOUNDARY_WORDS \
                or w in _PREPOSITIONS and w != "of" or w in _AUX or w in _PREDICATIVE:
            break
        i -= 1
    while i < k and toks[i].lower in _DETERMINERS:
        i += 1
    return i, k


def _opening_phrase(toks: list[Token], k: int, blocked: set[int]) -> tuple[int, int]:
    """Token range of the noun phrase that opens the clause, when the verb at ``k`` comes later ('The death toll
    from the quake that hit Japan on Friday has risen': 'death toll')."""
    i = 0
    while i < k and (toks[i].lower in _DETERMINERS or not toks[i].is_word and not toks[i].word[:1].isdigit()):
        i += 1
    j = i
    while j < k and j not in blocked and (toks[j].is_word or re.fullmatch(r"\d[\d,.]*|-", toks[j].word)) \
            and toks[j].lower not in _PREPOSITIONS and toks[j].lower not in _BOUNDARY_WORDS \
            and toks[j].lower not in _AUX and toks[j].lower not in _PREDICATIVE:
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


def _quoted_name(text: str, start: int, ds: int, de: int) -> bool:
    """Whether the date sits inside a short quotation (at most eight words) of its sentence: a banner or title."""
    head = text[start:ds]
    opened = head.count("“") > head.count("”") or head.count('"') % 2 == 1
    if not opened:
        return False
    close = re.search(r"[”\"]", text[de : de + 120])
    inner = head[max(head.rfind("“"), head.rfind('"')) + 1 :] + " " + (text[de : de + close.start()] if close else "")
    return close is not None and len(inner.split()) <= 8


def _kind(text: str, cs: int, ce: int, ds: int, de: int, form: str, lemma: str, when: str, *, start: int = -1,
          subject_start: bool = False, first_group: bool = False, end: int = -1) -> tuple[str, str]:
    """Whether the clause states an event, and why not."""
    line = text[start:end] if 0 <= start < end else text[cs:ce]
    caps = re.findall(r"\b[^\W\d_][\w’'-]*", line)
    if len(caps) >= 4 and sum(w[0].isupper() for w in caps) >= 0.7 * len(caps) and not re.search(r"[.!?]\W*$", line):
        return "heading", "a headline or heading line, not a sentence"
    clause = text[cs:ce]
    before, after = text[max(cs, ds - 80) : ds], text[de:ce]
    rest = (text[cs:ds] + " " + text[de:ce]).strip()
    words = [t for t in tokens(rest) if t.is_word and t.lower not in _STOP]
    if _STAMP.search(clause) and len(words) <= 8 or not words:
        return "stamp", "a time stamp or bare date line, not an event"
    if _CITATION.search(text[start:ce] if start >= 0 else clause):
        return "citation", "a cited headline with its outlet and date, not an event"
    if _CAPTION.search(clause):
        return "caption", "a photo caption or credit, not an event"
    if _REFERENCE_BEFORE.search(before) or _REFERENCE_AFTER.match(after):
        return "reference", "the date only anchors a value (as of, compared with, a close or opening)"
    if re.search(r"\b(?!(?:is|are|was|were|be|been|has|have|had)\b)[A-Za-z]+s\s+[a-z]+ed\s+by\s*(?:the\s+)?$", before) \
            and not re.match(r"\s*(?:’s|'s)", after):
        return "reference", "a deadline in a noun's modifier ('ballots postmarked by …'), not an event on that date"
    if _quoted_name(text, start if 0 <= start <= cs else cs, ds, de):
        return "citation", "the date is part of a short quoted name, title or banner, not an event"
    if _RECORD_SINCE.search(before) and not re.match(r"\s*(?:’s|'s)?\s*[^\W\d_]", after):
        return "reference", "a record compared since that date (the most … since), not an event on it"
    head = text[start:ds] if 0 <= start <= cs else text[cs:ds]
    if _FRAME_OBJECT.search(head) or _FRAME_SUBJECT_BEFORE.match(head) and _FRAME_SUBJECT_AFTER.match(text[de:ce]):
        return "framing", "the date is the time a narrative reaches ('as the campaign entered …'), not an event"
    if re.match(r"(?:this|today|tonight)\b", text[ds:de], re.I) and re.match(r"(?:’s|'s)\s", text[de:de + 3]) \
            and (form == "present" or re.match(r"(?:’s|'s)(?:\s+[\w-]+){1,6}\s*:", text[de:de + 80])):
        return "framing", "the label of a recurring feature ('this month's spotlight: …'), not an event"
    if form in {"present", ""} and _CAPTION_DATELINE.search(line) and not re.search(r"[\"“”]", line):
        return "caption", "a present-tense or verbless line closed by 'place, date', as captions are written"
    if _CONDITIONAL.search(text[cs:de]) or re.search(r"\b(?:would|could|might|should) have\b", clause):
        return "hypothetical", "a condition or counterfactual: may not have happened"
    if _NUMBER.search(clause) and re.search(r"\b(?:closed|opened|ended|finished|traded|stood|settled|valued|"
                                            r"worth)\s+(?:at|up|down|near|around)\b", clause, re.I):
        return "reference", "a market price, value or volume on that date, not an event"
    if _MARKET.search(clause) and _NUMBER.search(clause) and lemma in {"close", "open", "trade", "value", "be",
                                                                          "stand", "end", "finish", "have", ""}:
        return "reference", "a market price, value or volume on that date, not an event"
    sentence_end = not re.search(r"\w", text[de:ce])
    if not lemma and cs == start and sentence_end and len(words) <= 20 and not re.search(r"[\"“”]", clause) \
            and not _has_inflected_verb(tokens(text, cs, ce)):
        return "caption", "a phrase without a verb that ends with its date, as captions are written"
    if form == "present" and when != "future" and lemma not in _REPORTING and lemma != "be" and cs == start \
            and subject_start and first_group and not re.search(r"[\"“”]", clause):
        return "caption", "present tense about a past date, as photo captions are written"
    if when == "future" or form in {"future"} or _FUTURE.search(before[-40:] + " " + clause[: ds - cs]):
        if when != "past":
            return "scheduled", "a scheduled or expected event, not yet happened when published"
    return "event", ""


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
    names = _name_spans(toks, text, (date_start, date_end))
    in_name = {k for i, j in names for k in range(i, j)}
    groups = [g for g in _verb_groups(toks, blocked) if g.head not in in_name]
    main, form = _main_group(groups)
    subject = verb = obj = (0, 0)
    actions: list[str] = []
    if main is not None:
        verb = (toks[main.first].start, toks[main.head].end)
        heads = {g.head for g in groups} | {k for k, t in enumerate(toks) if t.lower in {"said", "says", "told"}}
        si, sj = _phrase_before(toks, main.first, blocked | heads)
        if sj == si and main.first > 1 and toks[main.first - 1].lower in {"that", "which", "who"}:
            si, sj = _phrase_before(toks, main.first - 1, blocked | heads)  # 'the quake that struck Japan'
        elif sj == si and main.first > 2 and toks[main.first - 1].is_word:
            si, sj = _opening_phrase(toks, main.first, blocked | heads)
        if sj > si:
            subject = (toks[si].start, toks[sj - 1].end)
        oi, oj = _phrase_after(toks, main.head + 1, blocked)
        if oj > oi:
            obj = (toks[oi].start, toks[oj - 1].end)
        actions.append(main.lemma)
        if main.lemma in _LIGHT or main.lemma in _REPORTING or main.lemma == "be":
            heads = [t.lower for t in toks[oi:oj] if t.is_word and not t.is_cap and t.lower not in _STOP]
            if heads:
                actions.append(_noun_lemma(heads[-1] if "of" not in [t.lower for t in toks[oi:oj]] else heads[0]))
    if main is None or main.lemma in _REPORTING or main.lemma == "be":
        noun = _event_noun(toks, blocked)
        if noun:
            actions.insert(0, noun)
    ordered = sorted(names, key=lambda s: (0 if subject != (0, 0) and toks[s[0]].start >= subject[0]
                                          and toks[s[1] - 1].end <= subject[1] else 1, s[0]))
    actors = tuple(dict.fromkeys(text[toks[i].start : toks[j - 1].end] for i, j in ordered))
    if subject != (0, 0) and text[subject[0]].isupper() and not any(a in text[subject[0]:subject[1]] for a in actors):
        actors = (text[subject[0] : subject[1]], *actors)  # 'Musk made an offer': a name that starts the sentence
    rest = text[cs:date_start] + " " + text[date_end:ce]
    opening = re.match(r"\W*(?:file\s*[-–—:]\s*)?", text[cs:ce], re.I)
    kind, reason = _kind(text, cs, ce, date_start, date_end, form, main.lemma if main else "", when, start=start,
                         subject_start=subject != (0, 0) and subject[0] <= cs + (opening.end() if opening else 0) + 4,
                         first_group=bool(groups) and main is groups[0], end=end)
    if kind == "event" and main is not None and _states_only(main, groups):
        kind = "state"
        reason = "a situation reported or said to go on ('said … is serious', 'continues'), not an event"
    return Clause(
        start=cs, end=ce, actors=actors, subject=subject, verb=verb, verb_lemma=main.lemma if main else "",
        verb_form=form, action=actions[0] if actions else "", actions=tuple(dict.fromkeys(actions)),
        verbs=tuple(dict.fromkeys(_verb_lemma(t.lower) for i, t in enumerate(toks) if i not in blocked and t.is_word
                                  and not t.is_cap and t.lower not in _STOP and len(t.lower) > 3
                                  and _is_verb(t.lower) and _verb_lemma(t.lower) not in _REPORTING | {"be", "have"})),
        object=obj, terms=content_terms(rest), kind=kind,
        reason=reason,
    )
