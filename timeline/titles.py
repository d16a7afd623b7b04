"""Headline-style event titles, and which quote states an event most directly.

:func:`make_title` writes a label in the manner of a news headline from the
clause that states the event (see :func:`timeline.clauses.analyse`): the actor,
the action in the headline present tense (``adopted`` → ``adopts``; a passive
keeps its participle: ``Deal terminated``; a future becomes ``to``: ``Shareholders
to vote``), and what follows up to the first clause boundary — with the date,
articles (``a``, ``the``) and ``-ly`` adverbs left out. It is cut only where a
phrase ends (before a preposition, a conjunction or ``to``), never after a
function word, and is at most :data:`MAX_TITLE` characters; it is never a lone
name (a name alone gets the event noun, or the clause's own words).

:func:`directness` scores how directly a quote states its event, so that an
event's representative quote (and title) is a short main clause with the
event verb close to the date rather than a long sentence that mentions it in
passing.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from contextvars import ContextVar
from typing import Callable, Sequence

from .clauses import (MAKING_KNOWN, TIME_STAMP, TITLE_ABBREVIATIONS, Clause, Token, analyse, coded_name_end,
                      content_terms, quotation_open, tokens)
from .dates.resources.lexicon import (HOLIDAYS_EASTER, HOLIDAYS_FIXED, HOLIDAYS_NTH, MONTH_ABBR, MONTH_FULL,
                                       WEEKDAY_RE, WEEKDAYS)
from .identity_words import NUMBER_WORDS, QUANTIFIERS
from .lexicon import all_lemmas, past_lemmas, verb_forms
from .occasion_words import OCCASION_VERBS, TELLING_FORMS

__all__ = ["FALLBACK_TITLE", "MAX_TITLE", "directness", "event_phrase", "fit_title", "genre_title", "headline_title",
           "informativeness", "link_gaps", "make_title", "statement_headline", "statement_label_title",
           "statement_title", "stub_title",
           "third_person", "title_for"]

#: Longest title, in characters.
MAX_TITLE = 60

_DROP = {"a", "an", "the", "then", "also", "just", "already", "finally", "reportedly", "however", "meanwhile",
         "now", "still", "ever", "\"", "“", "”"}
_POSSESSIVE = {"its", "his", "her", "their"}
_FUNCTION_END = {"a", "an", "the", "such", "of", "to", "for", "in", "on", "at", "by", "with", "from", "and", "or", "but",
                 "as", "that", "which", "who", "its", "his", "her", "their", "our", "into", "over", "than", "about",
                 "its", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "not", "s",
                 "this", "these", "those", "against", "after", "before", "between", "amid", "under", "up", "out",
                 "new", "further", "more", "nearly", "about", "some", "all", "each", "every", "no", "per", "via",
                 "up", "down", "off", "while", "when", "if", "because", "since", "until", "during", "through",
                 "one", "some", "part", "most", "many", "much", "whether", "what", "how", "why", "where", "worth"}
_PHRASE_START = {"to", "for", "in", "on", "at", "by", "with", "from", "and", "or", "as", "after", "before", "over",
                 "into", "against", "amid", "under", "between", "during", "through", "than", "about", "via", "while",
                 "when", "if", "because", "since", "until", "that", "which", "who"}
_HARD_STOP = {"which", "who", "whom", "whose", "whereby", "because", "although", "though", "while", "whereas", "according",
              "saying", "adding", "citing", "but", "when", "where", "after", "before", "since", "until", "if",
              "unless", "as"}
_PARTICLES = {"up", "off", "out", "down", "away", "back", "over", "ahead", "in"}
_PRONOUN_SUBJECTS = {"it", "he", "she", "they", "we", "i", "you", "this", "that", "which", "who", "there"}


def third_person(lemma: str) -> str:
    """The headline present of a verb: ``adopt`` → ``adopts``, ``carry`` → ``carries``, ``be`` → ``is``."""
    irregular = {"be": "is", "have": "has", "do": "does", "go": "goes"}
    if lemma in irregular:
        return irregular[lemma]
    if re.search(r"(?:s|x|z|ch|sh)$", lemma):
        return lemma + "es"
    if re.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "ies"
    return lemma + "s"


def _render(text: str, toks: list[Token]) -> str:
    """Tokens back to text: runs of neighbouring tokens keep their own spacing, gaps become one space."""
    parts: list[str] = []
    prev: Token | None = None
    for t in toks:
        if prev is not None and text[prev.end : t.start].strip() == "" and t.start - prev.end <= 1:
            parts.append(text[prev.end : t.end])
        else:
            parts.append((" " if parts else "") + t.word)
        prev = t
    return "".join(parts)


def _fit(words: list[str], limit: int, *, of: bool = False, inside: bool = False) -> str:
    """Join words and cut before a phrase start so the result fits ``limit``, never ending on a function word
    (before 'of' only when nothing else fits; with ``inside``, a last resort, also before the 'of' inside a name:
    'names club Founding Member (of the International Youth Football Association)'). Words too long for ``limit``
    are also cut as a headline shortens them, and the cut that keeps the most content words wins (the plain one
    on a tie): without their low-content words (:func:`_compressed`: 'cuts (its) planned grants to labs'), also
    before the prepositions of :data:`_MORE_STARTS` ('makes landfall as strong storm (near the coast)'), and
    without an adjunct naming a place or body (:func:`_without_named_adjunct`) when that keeps two more words."""
    plain = _cut_to_fit(words, limit, of=of, inside=inside)
    if len(" ".join(words)) <= limit:
        return plain
    best, kept = plain, len(content_terms(plain))
    short = _compressed(words)
    forms = [(words, 0), (short, 0)] + [(form, 1) for form in _without_named_adjunct(short)]  # a name left out:
    for form, cost in forms:  # two more words kept
        if form is not words and len(form) == len(words):
            continue
        for more in (False, True):
            if form is words and not more:
                continue
            tight = _cut_to_fit(form, limit, of=of, inside=inside, more=more)
            cut = tight.split()
            if any(_contact_relative_end(cut[:i]) for i in range(3, len(cut) + 1)):
                continue  # 'approves budget they proposed in (…)': a relative clause without its pronoun, cut
            if len(content_terms(tight)) > kept + cost:
                best, kept = tight, len(content_terms(tight)) - cost
    named, spans = _headline_spans(short)
    if named != short:  # shorter words of a headline: the words kept count with the words they stand for
        for more in (False, True):
            tight = _cut_to_fit(named, limit, of=of, inside=inside, more=more)
            m = next((m for m in range(len(named), 0, -1) if " ".join(named[:m]).strip(" ,;:–-.") == tight), 0)
            covered = len(content_terms(" ".join(short[: sum(spans[:m])])))
            if m and covered > kept:
                best, kept = tight, covered
    return _with_addressed_act(words, best, limit)


#: verbs that direct a person or body to act, always with an infinitive after whom they address ('urges Congress to
#: act'): a title cut right after that addressee loses what was asked, the news
_DIRECTIVE_VERBS = {"asks", "urges", "tells", "advises", "instructs", "presses", "encourages", "invites", "persuades",
                    "implores", "exhorts", "begs", "pressures", "directs", "orders", "authorizes", "authorises",
                    "commands", "calls"}
#: directive verbs that also take a thing and an infinitive of purpose ('orders new buses to replace the fleet',
#: 'authorizes funds to rebuild'): they address a name, a pronoun or a person's or body's title only
_THING_DIRECTIVES = {"orders", "directs", "authorizes", "authorises", "commands"}
#: longest addressee, in words, between a directive verb and its infinitive
_MAX_ADDRESSEE = 6


def _addressed_infinitive(words: list[str]) -> tuple[int, int, int] | None:
    """Where ``words`` hold a directive verb (:data:`_DIRECTIVE_VERBS`; 'calls on'), the person or body it addresses
    and the infinitive of what was asked ('urges (the) Norland Authority | to halt ferry crossings'): the indices of
    the addressee's first word, of 'to', and of the end of the infinitive's verb and object (the next phrase start or
    punctuation); None when there is none. A thing with an infinitive of purpose is not addressed ('hires lawyers to
    review', 'orders new buses to replace'): :data:`_THING_DIRECTIVES` address a capitalised name or a pronoun."""
    for j, w in enumerate(words[:-3]):
        low = w.lower()
        if low not in _DIRECTIVE_VERBS or j == 0:
            continue
        a = j + 2 if low == "calls" and words[j + 1].lower() == "on" else j + 1
        if low == "calls" and a == j + 1:
            continue
        k = next((n for n in range(a + 1, min(len(words), a + _MAX_ADDRESSEE + 1)) if words[n].lower() == "to"), 0)
        span = words[a:k]
        if not k or k + 1 >= len(words) or any(re.search(r"[,;:()]", x) or x.lower() in _PHRASE_START - {"and"}
                                               for x in span):
            continue
        verb = words[k + 1].lower()
        if verb not in _lemmas(verb).get("VERB", ()) or not words[k + 1].isalpha() or verb in _AUXILIARY_LEMMAS:
            continue
        head = span[-1].lower()
        if head in _FUNCTION_END - {"him", "her", "them", "us"} or "ly" == head[-2:]:
            continue
        if low in _THING_DIRECTIVES and not (span[-1][:1].isupper() or head in {"him", "her", "them", "us", "me"}):
            continue
        e = k + 2
        while e < len(words) and words[e].lower() not in _PHRASE_START | _MORE_STARTS | _HARD_STOP | {"so"} \
                and not re.search(r"[,;:(]", words[e - 1]) and not _participle_phrase(words, e):
            e += 1
        return a, k, e
    return None


def _surname_of(doer: list[str]) -> str:
    """The surname a headline short of room names a person by ('(Edward) Tolliver', '(Sen.) Brandvold', '(Prime
    Minister) Roe'): the doer's last word when it is a given name and surname (:func:`_given_name`) or offices
    before a name; "" for a body ('State Department')."""
    toks = " ".join(doer).split()
    if len(toks) < 2 or not re.fullmatch(r"[A-Z][a-z]+(?:['’][A-Z][a-z]+)?", toks[-1]):
        return ""
    roles = all(t.lower().rstrip(".") in _ROLE_WORDS for t in toks[:-1])
    return toks[-1] if roles or len(toks) <= 3 and _given_name(" ".join(toks)) else ""


#: verbs too empty to stand for what was asked without what follows them ('asks Roe to be (on site)')
_AUXILIARY_LEMMAS = {"be", "have", "do", "get", "make", "take", "give", "keep", "put", "go"}


def _with_addressed_act(words: list[str], best: str, limit: int) -> str:
    """``best`` with what was asked when it ends on the person addressed ('Mayor asks Congress' → 'Mayor asks
    Congress to fund levee repairs': :func:`_addressed_infinitive`): the infinitive's verb and object up to the next
    phrase start, with the words a headline leaves out (:func:`_compressed`); when that is too long, the addressee
    without its modifiers first ('urges (British) citizens', 'asks (bridge and engineering) staff'; a name stays
    whole), then the object without its plain adjectives (:func:`_without_adjectives`: 'to pay $5 million (civil)
    penalty'), then cut before its 'of'; ``best`` when none fits or it would keep fewer content words."""
    found = _addressed_infinitive(words)
    if found is None:
        return best
    a, k, e = found
    if not len(" ".join(words[:a]).split()) < len(best.split()) <= len(" ".join(words[:k]).split()):
        return best  # the title ends inside the addressee ('urges local bus (and rail operators)'), not elsewhere
    act = words[k:e]
    while len(act) > 2 and act[-1].lower().strip(",;:") in _FUNCTION_END:
        act = act[:-1]
    act[-1] = act[-1].rstrip(",;:")
    if len(act) < 3 and e < len(words) or not re.search(r"\w", act[-1]):
        return best
    span = words[a:k]
    n = next((i for i in range(1, len(span)) if span[i].islower() and re.search(r"(?:ing|ed|ly)$", span[i])), len(span))
    heads = [span, span[:n]] + ([span[n - 1 : n]] if span[n - 1].islower() else [])
    of = next((i for i in range(3, len(act)) if act[i].lower() == "of" and act[i - 1].lower() not in _PARTITIVES), 0)
    plain = _without_adjectives(act[1:])  # 'to pay $5 million (civil) penalty'
    parts = [act] + ([act[:1] + plain] if plain else []) + ([act[:of]] if of else [])
    verb = words[a - 2 : a] if words[a - 1].lower() == "on" else words[a - 1 : a]
    doers = [words[: a - len(verb)]] + [[name] for name in [_surname_of(words[: a - len(verb)])] if name]
    for part, doer, addressee in itertools.product(parts, doers, heads):
        cand = " ".join(_compressed(doer + verb + addressee + part))  # before 'of' only when nothing else fits
        if len(cand) <= limit and len(content_terms(cand)) >= len(content_terms(best)):
            return cand
    return best
#: phrases a headline says in fewer letters ('in an effort to cut' → 'to cut', 'regarding the bill' → 'on bill')
_SHORTER = {("in", "an", "attempt", "to"): ["to"], ("in", "an", "effort", "to"): ["to"],
            ("in", "a", "bid", "to"): ["to"], ("in", "attempt", "to"): ["to"], ("in", "effort", "to"): ["to"],
            ("in", "bid", "to"): ["to"],
            ("with", "regard", "to"): ["on"], ("with", "respect", "to"): ["on"], ("in", "relation", "to"): ["on"],
            ("in", "connection", "with"): ["over"], ("regarding",): ["on"], ("concerning",): ["on"],
            ("prior", "to"): ["before"], ("approximately",): ["about"]}
#: verbs of saying whose 'that' a headline leaves out ('says that the plan failed' → 'says plan failed')
_THAT_VERBS = {"says", "said", "announces", "announced", "warns", "warned", "states", "stated", "confirms", "confirmed",
               "reports", "reported", "claims", "claimed", "argues", "argued", "insists", "insisted", "believes",
               "notes", "noted", "adds", "added", "finds", "found", "concludes", "concluded", "admits", "admitted",
               "acknowledges", "acknowledged", "reveals", "revealed", "predicts", "predicted", "fears", "feared"}


def _headline_spans(words: list[str]) -> tuple[list[str], list[int]]:
    """``words`` said in fewer letters, as a headline does (:data:`_SHORTER`; 'that' after a verb of saying:
    :data:`_THAT_VERBS`; 'a total of' before a number; persons after a verb or preposition by their surname:
    :func:`_surname_spans`), with how many of ``words`` each word stands for; the first word always kept."""
    words, spans = _surname_spans(words, inner=True)
    out, counts = words[:1], spans[:1]
    k, carry = 1, 0
    while k < len(words):
        low = [w.lower() for w in words[k : k + 4]]
        phrase = next((p for p in _SHORTER if tuple(low[: len(p)]) == p), None)
        if phrase:
            out.extend(_SHORTER[phrase])
            counts.extend([sum(spans[k : k + len(phrase)])] + [0] * (len(_SHORTER[phrase]) - 1))
            k += len(phrase)
            continue
        if low[0] == "that" and words[k - 1].lower() in _THAT_VERBS and k + 1 < len(words) \
                and words[k + 1].lower() not in _FUNCTION_END - {"the", "a", "an", "its", "his", "her", "their"}:
            carry, k = carry + spans[k], k + 1  # 'says (that) …'
            continue
        if low[:3] == ["a", "total", "of"] and k + 3 < len(words) and re.match(r"[\d$]", words[k + 3]):
            carry, k = carry + sum(spans[k : k + 3]), k + 3  # '(a total of) 14 cases'
            continue
        if low[:2] == ["total", "of"] and k + 2 < len(words) and re.match(r"[\d$]", words[k + 2]):
            carry, k = carry + sum(spans[k : k + 2]), k + 2  # ('a' already left out)
            continue
        if low[:2] == ["more", "than"] and k + 2 < len(words) and re.match(r"[\d$]", words[k + 2]):
            out.append("over")  # 'more than 100' → 'over 100'
            counts.append(sum(spans[k : k + 2]) + carry)
            carry, k = 0, k + 2
            continue
        if low[0] == "following" and words[k - 1].lower() not in _FUNCTION_END and k + 1 < len(words) \
                and words[k + 1].lower().strip(",.") not in _PERIOD_NOUNS:
            out.append("after")  # 'resigns following the vote' → 'resigns after vote'
            counts.append(spans[k] + carry)
            carry, k = 0, k + 1
            continue
        out.append(words[k])
        counts.append(spans[k] + carry)
        carry, k = 0, k + 1
    return out, counts



#: the finite forms of 'be' a headline leaves out before a participle ('workers (were) injured', 'officials (are)
#: investigating')
_BE_FORMS = {"is", "are", "was", "were"}
#: words that cannot end a subject before its auxiliary: pronouns and words that open a clause ('what is', 'there
#: are', 'it is'): 'says it is suspending' keeps its 'is'
_NO_SUBJECT_END = _PRONOUN_SUBJECTS | {"i", "we", "you", "what", "here", "where", "how", "why", "one"}
#: phrases of cause a headline says with 'over' ('emergency due to water crisis' → 'emergency over water crisis')
_CAUSE_PHRASES = {("due", "to"), ("because", "of"), ("owing", "to")}
#: personal pronouns, after which a perfect is said in the past ('says it (has sold →) sold')
_PERSONAL = {"it", "he", "she", "they", "we", "i", "you"}


def _compact_grammar(words: list[str], k: int) -> tuple[list[str], int] | None:
    """The shorter headline wording of the words at ``words[k]``, with how many words it stands for; None when
    there is none. Headlines leave out 'that' after a verb of saying (:data:`_THAT_VERBS`) and the auxiliaries of a clause inside the title after its subject (a noun or
    name, never a pronoun: 'says officials (are) investigating cases', 'says workers (were) injured', 'says plan
    (has been) dropped'; 'has sold' → 'sold'; 'will ground' → 'to ground'), write 'and' in a list of names as a
    comma ('visits to Ruritania, Freedonia'; :func:`_after_listed_name`, :func:`_names_joined`), and a cause
    as 'over' ('due to the fire' → 'over fire'); a comma put first joins the word before."""
    w, prev = words[k].lower(), words[k - 1].lower().strip(",;:")
    nxt = words[k + 1].lower() if k + 1 < len(words) else ""
    if w in {"and", "or"} and k + 1 < len(words) and words[k + 1][:1].isupper() \
            and not words[k - 1].endswith((",", ";", ":")) \
            and (_after_listed_name(words, k) or _names_joined(words, k)):
        return ([","] if w == "and" else ["or"]), 1
    if (w, nxt) in _CAUSE_PHRASES and k + 2 < len(words) and prev not in _FUNCTION_END:
        return ["over"], 2
    if w == "that" and prev in _THAT_VERBS and nxt and nxt not in _FUNCTION_END - {"the", "a", "an", "its", "his",
                                                                                 "her", "their"}:
        return [], 1  # 'announced (that) flights will resume
    if not nxt.isalpha() or not words[k + 1].islower():
        return None
    verbs = _lemmas(nxt).get("VERB", ())
    if w in {"has", "have"} and nxt != "been" and (_inner_subject_end(words[k - 1]) or prev in _PERSONAL):
        past = next((verb_forms(v)["VBD"][0] for v in verbs if nxt in verb_forms(v).get("VBN", ())
                     and verb_forms(v).get("VBD")), "")
        return ([past], 2) if past else None  # 'it (has sold →) sold'
    if not _inner_subject_end(words[k - 1]):
        return None
    if w in _BE_FORMS and any(nxt in verb_forms(v).get("VBG", ()) + verb_forms(v).get("VBN", ()) for v in verbs) \
            and nxt not in {"being", "going"}:
        return [], 1  # 'workers (were) injured', 'officials (are) investigating'
    after = words[k + 2].lower() if k + 2 < len(words) else ""
    if w in {"has", "have"} and nxt == "been" and after.isalpha() and any(
            after in verb_forms(v).get("VBN", ()) + verb_forms(v).get("VBG", ()) for v in _lemmas(after).get("VERB", ())):
        return [], 2  # 'plan (has been) dropped'
    if w == "will" and nxt in verbs:
        return ["to"], 1  # 'says U.S. (will →) to ground'
    return None


def _compact_forms(tail: list[str]) -> list[list[str]]:
    """``tail`` made compact one step at a time, left to right (:func:`_compact_grammar`): each form shortens one
    more place, so that a title is made only as compact as it must be to fit."""
    places = [k for k in range(1, len(tail)) if _compact_grammar(tail, k)]
    return [_compact_spans(tail, set(places[: n + 1]))[0] for n in range(len(places))]


def _compact_spans(tail: list[str], places: set[int] | None = None) -> tuple[list[str], list[int]]:
    """``tail`` in compact headline grammar (:func:`_compact_grammar` at each word, left to right, or only at
    ``places``), with how many words of ``tail`` each of its words stands for (a word left out counts with the
    word after it)."""
    out, spans = tail[:1], [1] * len(tail[:1])
    k, carry = 1, 0
    while k < len(tail):
        compact = _compact_grammar(tail, k) if places is None or k in places else None
        put, n = compact if compact else ([tail[k]], 1)
        if put[:1] == [","]:
            out[-1], put = out[-1] + ",", put[1:]
        out.extend(put)
        spans.extend([n + carry] + [0] * (len(put) - 1) if put else [])
        carry, k = (0 if put else carry + n), k + n
    return out, spans


def _inner_subject_end(word: str) -> bool:
    """Whether ``word`` can end the subject of a clause inside a title: a noun or a name, not a pronoun, a function
    word, a verb form alone nor a word with punctuation after it ('officials', 'Acme', 'U.S.')."""
    low = word.lower()
    if not re.fullmatch(r"[A-Za-z][\w’'.&-]*", word) or low in _FUNCTION_END | _NO_SUBJECT_END | _MODALS:
        return False
    return word[:1].isupper() or "NOUN" in _lemmas(low) or not _lemmas(low)


#: prepositions of an adjunct that names a place or body inside a title ('in Lisbon', 'by Congress')
_ADJUNCT_PREPS = {"in", "at", "near", "outside", "by"}


def _without_named_adjunct(words: list[str]) -> list[list[str]]:
    """``words`` each without one adjunct inside them that names a place or body (a preposition of
    :data:`_ADJUNCT_PREPS` after a noun, one to four capitalised words, then a phrase start): what a headline leaves
    out first to keep what was done ('vows to veto any move (by Congress) to block the sale'); not the phrase a
    title ends with, nor one after a verb ('is in Lisbon')."""
    out = []
    for i in range(1, len(words) - 2):
        if words[i].lower() not in _ADJUNCT_PREPS or words[i - 1].lower() in _FUNCTION_END:
            continue
        prev = _lemmas(words[i - 1].lower())
        if "NOUN" not in prev and (prev or not words[i - 1][:1].isupper()) \
                or not re.fullmatch(r"[\w’'.-]+", words[i - 1]):
            continue  # after a noun or a name only ('any move by Congress', not 'is in Lisbon', 'Currently in')
        j = i + 1
        while j < len(words) and j - i <= 4 and re.fullmatch(r"[A-Z][\w’'.-]*", words[j]):
            j += 1
        if j == i + 1 or j >= len(words) - 1 or words[j].lower() not in _PHRASE_START - {"and", "or"}:
            continue
        out.append(words[:i] + words[j:])
    return out


_HONORIFICS = {"mr.", "mrs.", "ms."}
#: quantities a determiner follows after 'of' ('all of its …'), which cannot do without it
_PARTITIVES = {"all", "some", "one", "most", "part", "each", "any", "none", "many", "several", "both", "half",
               "much", "few", "two", "three", "rest", "share", "majority", "number", "lot", "either", "neither"}
#: nouns of a vague count a headline leaves out with their 'a … of' ('a number of members': 'members')
_VAGUE_COUNTS = {"number", "series", "variety", "host", "handful", "couple", "range", "total"}
#: words whose article is part of their meaning ('a few' is not 'few')
_A_IDIOMS = {"few", "little", "lot", "bit", "while", "number"}


def _compressed(words: list[str]) -> list[str]:
    """``words`` without what a headline leaves out when space is short: articles and sentence adverbs
    (:data:`_DROP`), a possessive or demonstrative determiner before a noun (:data:`_DETERMINERS`: 'its plan',
    'those bonuses'; not the pronoun of 'those affected'), an honorific before a name ('Mr. Poe'), 'in order'
    before 'to', a vague count ('a number of members': :data:`_VAGUE_COUNTS`), 'United States' as 'U.S.'; the
    first word always kept."""
    out, skip = words[:1], -1
    for k in range(1, len(words)):
        w, nxt = words[k].lower(), (words[k + 1] if k + 1 < len(words) else "")
        if k >= 2 and words[k - 1].lower() == "of" and words[k - 2].lower() in _PARTITIVES:
            out.append(words[k])  # 'all of its bonuses', 'one of the crews': the determiner stays
            continue
        if w in _DROP and w not in {"\"", "“", "”"} and nxt and not (w in {"a", "an"} and nxt.lower() in _A_IDIOMS):
            continue
        if w in _DETERMINERS and re.fullmatch(r"[A-Za-z][\w’'-]*", nxt) and nxt.lower() not in _FUNCTION_END \
                and (nxt[:1].isupper() or "NOUN" in _lemmas(nxt.lower()) and not nxt.lower().endswith("ed")):
            continue
        if w in _HONORIFICS and nxt[:1].isupper():
            continue
        if w == "in" and nxt.lower() == "order" and k + 2 < len(words) and words[k + 2].lower() == "to":
            continue
        if w == "order" and words[k - 1].lower() == "in" and nxt.lower() == "to":
            continue
        if k == skip:
            continue
        if w in _VAGUE_COUNTS and nxt.lower() == "of" and len(out) > 1 and (words[k - 1].lower() in {"a", "an"} or (
                words[k - 1].lower() in _PHRASE_START | {"of"} or "VERB" in _lemmas(words[k - 1].lower()))) \
                and re.fullmatch(r"[A-Za-z][\w’'-]*", words[k + 2] if k + 2 < len(words) else "") \
                and words[k + 2].lower() not in _FUNCTION_END:
            out, skip = out[:-1] if out[-1].lower() in {"a", "an"} else out, k + 1  # 'a number of (members)
            continue
        if words[k] == "United" and nxt == "States" and words[k + 2 : k + 3] != ["of"]:
            out.append("U.S.")  # 'United States' (not 'of America'): 'U.S.', 'States' left out below
            continue
        if words[k] == "States" and words[k - 1] == "United" and out[-1] == "U.S.":
            continue
        out.append(words[k])
    return out


#: prepositions that start a phrase a title may be cut before, besides :data:`_PHRASE_START` ('makes landfall as a
#: strong storm (near the coast)')
_MORE_STARTS = {"near", "outside", "across", "around", "toward", "towards", "within", "without", "among", "despite",
                "throughout", "beyond", "along", "following", "including"}


def _cut_to_fit(words: list[str], limit: int, *, of: bool = False, inside: bool = False, more: bool = False) -> str:
    """The cut of :func:`_fit` on the words as given (with ``more``, also before :data:`_MORE_STARTS`)."""
    best, cut = "", 0
    starts = _PHRASE_START | (_MORE_STARTS if more else set()) | ({"of"} if of else set())
    for k in range(len(words), 0, -1):
        if k < len(words) and words[k].lower() not in starts and not re.match(r"[,;:(]|[-–—]$", words[k]) \
                and not _participle_phrase(words, k) and not _after_listed_name(words, k):
            continue  # only cut where a phrase ends
        if 0 < k < len(words) - 1 and words[k - 1][:1].isupper() and words[k + 1][:1].isupper() \
                and words[k].lower() in {"for", "of", "and", "de", "&", "on"} and not _after_listed_name(words, k) \
                and not (inside and words[k].lower() == "of") and not _names_joined(words, k):
            continue  # not inside a name ('Partnership for Peace')
        if 0 < k < len(words) - 1 and (words[k].lower() == "at" and words[k + 1].lower() in {"least", "most"} or
                                       words[k].lower() == "than" and words[k - 1].lower() in {"more", "less", "fewer"}):
            continue  # a quantity, not a phrase: 'at least half', 'more than 100'
        if 0 < k < len(words) - 1 and words[k].lower() in {"and", "or"} and "ADJ" in _lemmas(words[k + 1].lower()) \
                and "ADJ" in _lemmas(words[k - 1].lower()) and "NOUN" not in _lemmas(words[k - 1].lower()):
            continue  # not between coordinated modifiers ('a run of home and away fixtures')
        head = words[:k]
        while head and (head[-1].lower().strip(",;:") in _FUNCTION_END | _MORE_STARTS and not _pro_one(head)
                        or not re.search(r"\w", head[-1])):
            head = head[:-1]
        if k < len(words) and len(head) > 3 and head[-2].lower() == "in" and head[-1].lower() in {
                "response", "reply", "reaction", "addition", "order", "turn"}:
            head = head[:-2]  # 'makes statement in response (to …)': the phrase needs what follows
        if k < len(words) and len(head) > 2 and _dangling_participle(head):
            head = head[:-1]  # 'first meeting of a panel appointed (to draft …)': the participle needs what follows
        head = _without_dangling_end(head)
        if k < len(words) and len(head) > 4 and _contact_relative_end(head):
            head = head[:-2]  # 'adopts the plan (it) (drew up) in May': the relative clause needs what follows
        if k < len(words) and len(head) > 3 and head[-2].lower() == "to" and head[-1].lower() in \
                _lemmas(head[-1].lower()).get("VERB", ()) and words[k].lower() in {"as", "the", "a", "an"}:
            continue  # 'in a bid to sign (as many players as it can)': the verb's object is cut off
        if k < len(words) and len(head) > 4 and head[-2].lower() == "to" and words[k].lower() in _PURPOSE_PREPS \
                and head[-1].lower() in _lemmas(head[-1].lower()).get("VERB", ()) \
                and head[-3].lower() not in _FUNCTION_END and not _verbish(Token(0, len(head[-3]), head[-3])) \
                and (head[-3][:1].isupper() or "NOUN" in _lemmas(head[-3].lower())) and _after_place(head[:-2]):
            continue  # 'travels to Kandor to meet (with …)': a purpose cut before what it is for, not after its verb
        if k < len(words) and head and head[-1].lower() in {"him", "her", "them", "it", "us", "me"} \
                and len(head) > 1 and head[-2].lower() not in _PHRASE_START:
            continue  # 'to force him' without what to: cut before the phrase instead
        if len(head) > 2 and head[-2].lower() == "and" and "VERB" in _lemmas(head[-1].lower()) \
                and k < len(words) and head[-1].islower() and "NOUN" not in _lemmas(head[-1].lower()):
            continue  # 'tours port and meets (with crew)': a second predicate needs what follows its verb
        cand = " ".join(head).strip(" ,;:–-.")
        if cand and len(cand) <= limit:
            best, cut = cand, k
            break
    if best and not of and (len(best.split()) <= 3 < len(words) or _infinitive_cut(words, cut)
                            or 0 < cut < len(words) and words[cut - 1].lower() == "statement" and words[cut] == "on"):
        longer = _fit(words, limit, of=True)  # 'Roe responds (to news of three cases of flu …)': not the verb alone
        return longer if len(longer.split()) > len(best.split()) + 2 else best
    return best or ("" if of else _fit(words, limit, of=True, inside=inside))


def _names_joined(words: list[str], k: int) -> bool:
    """Whether the 'and' at ``words[k]`` joins two names rather than standing inside one: the name before it opens
    after a lower-case preposition that follows a lower-case word ('debt to the people of Leeds | and York'; not
    'Bureau of Land and Water Resources'), is one to three words long, and the name after it (one or two words)
    neither ends with nor is followed by a word that names a kind of body ('Leeds and York Council', 'Safety and
    Training Center', 'Leeds and York counties'); never between months or days ('in May and June')."""
    if words[k].lower() != "and":
        return False
    j = k
    while j > 0 and words[j - 1][:1].isupper() and k - j < 4:
        j -= 1
    if k - j > 3 or j < 2 or words[j - 1] not in _PHRASE_START | {"of"} or words[j - 2][:1].isupper():
        return False
    if re.sub(r"s\.?$", "", words[j].lower()) in _ROLE_WORDS and words[j].lower().rstrip(".").endswith("s"):
        return False  # a plural office announces the whole list ('signed by Representatives Roe and Poe')
    n = k + 1
    while n < len(words) and words[n][:1].isupper():
        n += 1
    if any(_DAY_WORD.fullmatch(w.strip(",;:.")) for w in words[j:n]):
        return False  # days and months: 'in May and June' is one period
    kinds = _BODY_KINDS | _NAMED_KINDS | _GENERIC_ORG | _GENERIC_HEADS
    ends = {words[n - 1].lower().strip(",;:."), words[n].lower().strip(",;:.") if n < len(words) else ""}
    return n - k <= 3 and not ends & kinds and not {re.sub(r"s$", "", w) for w in ends} & kinds


def fit_title(words: Sequence[str]) -> str:
    """Join ``words`` into a title of at most :data:`MAX_TITLE` characters, cut only where a phrase starts and
    never ending on a function word (*Roe submits resolution honoring rescue crews* from a longer purpose); "" when
    no phrase cut fits.

    Parameters
    ----------
    words : sequence of str
        The title's words in order, punctuation attached as written.
    """
    words = list(words)
    return " ".join(words) if len(" ".join(words)) <= MAX_TITLE else _fit(words, MAX_TITLE)


def _after_listed_name(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` starts a name after a name and a comma, where a title too long for a whole list of
    names may end ('in Leeds, York and Hull' → 'in Leeds, York'; 'to Leeds, England to meet …' → 'to Leeds'), or
    'and' (or 'or') before the last name of such a list."""
    if 1 < k < len(words) - 1 and words[k] in {"and", "or"} and words[k - 1][:1].isupper() \
            and words[k + 1][:1].isupper() and any(w.endswith(",") and w[:1].isupper() for w in words[max(0, k - 6) : k]):
        return True  # ('… in Leeds, York | and Hull')
    return 1 < k < len(words) and words[k - 1].endswith(",") and words[k - 1][:1].isupper() \
        and re.match(r"[A-Z][a-z]", words[k]) is not None and words[k].lower() not in _STOPWORDS_CAP \
        and not _WEEKDAY_WORDS.fullmatch(words[k - 1].rstrip(","))


#: prepositions a verb of purpose needs after it ('to meet with', 'to talk about', 'to search for')
_PURPOSE_PREPS = {"with", "for", "on", "about", "into", "at", "from", "over"}


def _after_place(head: list[str]) -> bool:
    """Whether ``head`` ends with a phrase of place ('travels to the island of Malta', 'arrives in Leeds'), after
    which an infinitive is the act's purpose, not one its verb governs ('allowing the House (to vote)')."""
    for n in range(len(head) - 1, max(0, len(head) - 6), -1):
        w = head[n - 1].lower()
        if w in {"to", "in", "at", "into", "from", "toward", "towards", "near"}:
            return True
        if w in _PHRASE_START - {"of"} or _verbish(Token(0, len(w), w)) or w.endswith("ing"):
            return False
    return False


def _infinitive_cut(words: list[str], k: int) -> bool:
    """Whether a cut before ``words[k]`` leaves a verb without the infinitive it governs ('Captain asked' of
    'Captain asked (to lead a team of …)', 'Union urges' of 'Union urges (members to …)' is not one: the object
    stays); a cut inside that infinitive's phrase, before an 'of', keeps what was asked."""
    if not 0 < k < len(words) - 1 or words[k].lower() != "to":
        return False
    last, nxt = words[k - 1].lower(), words[k + 1].lower()
    return "VERB" in _lemmas(last) and nxt in _lemmas(nxt).get("VERB", ())


def _pro_one(words: list[str]) -> bool:
    """Whether ``words`` end with the noun 'one' an adjective stands before ('a second one', 'a subsequent one'):
    no function word to cut."""
    return len(words) >= 2 and words[-1].lower() in {"one", "ones"} and words[-2].lower() not in _DETERMINERS and (
        "ADJ" in _lemmas(words[-2].lower()) or words[-2].lower() in {"second", "third", "another", "other", "next"})


_CONTACT_SUBJECTS = {"it", "they", "he", "she", "we", "i", "you"}


def _contact_relative_end(head: list[str]) -> bool:
    """Whether a cut head ends on a relative clause without its pronoun, cut after its verb ('initiates the plan it
    laid | out in May', 'signs the deal they struck | with the union'): a noun, a subject pronoun, a past verb."""
    pronoun, verb, noun = head[-2].lower(), head[-1].lower().strip(",;:"), head[-3].lower()
    past = verb.endswith("ed") or bool(past_lemmas(verb))
    return pronoun in _CONTACT_SUBJECTS and past and noun not in _FUNCTION_END | _REPORT_WORDS \
        and "NOUN" in _lemmas(noun) and not noun.endswith("ly")


def _participle_phrase(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` opens an '-ing' phrase after a noun phrase ('sent a letter to the board | notifying it
    of …'), where a title may be cut: a verb form only, no noun ('meeting', 'building'), right after a noun or a
    name (not 'three abandoned | mining sites')."""
    w = words[k].lower()
    if not w.endswith("ing") or not w.isalpha() or k < 2:
        return _reduced_relative_start(words, k)
    lemmas, prev = _lemmas(w), words[k - 1]
    noun = prev[:1].isupper() or "NOUN" in _lemmas(prev.lower()) and not {"ADJ", "VERB"} & set(_lemmas(prev.lower()))
    return "VERB" in lemmas and "NOUN" not in lemmas and "ADJ" not in lemmas and noun \
        and prev.lower() not in _FUNCTION_END | _AUX or _reduced_relative_start(words, k)


#: past participles not ending in '-ed' that open a reduced relative after a noun ('the meeting held in May')
_IRREGULAR_PARTICIPLES = {"held", "known", "taken", "given", "made", "built", "sent", "left", "found", "seen", "shown",
                          "written", "brought", "kept", "led", "run", "set", "sold", "paid", "told", "won", "lost"}


def _reduced_relative_start(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` opens a reduced relative after the noun of an object or a phrase, where a title may be
    cut ('releases fact sheet | detailing aid', 'drives within shallow depression | called Glen Bay'): a verb form
    only (-ing or a past participle, in lower case: not 'Founding Member') whose noun before it is a plain noun of
    two letters or more, at least three words into the title (after the actor and the verb), not after an
    auxiliary, a pronoun or a verb after 'to'."""
    w = words[k].lower()
    if k < 3 or not words[k].isalpha() or not words[k].islower() \
            or not (w.endswith("ing") or w.endswith("ed") or w in _IRREGULAR_PARTICIPLES):
        return False
    lemmas = _lemmas(w)
    if set(lemmas) != {"VERB"}:
        return False
    prev, before = words[k - 1], words[k - 2]
    if not re.fullmatch(r"[a-z][a-z-]+", prev) or "NOUN" not in _lemmas(prev) \
            or prev in _FUNCTION_END | _AUX | _PRONOUN_SUBJECTS | _OBJECT_PRONOUNS:
        return False
    low = before.lower().strip(",;:")
    if "VERB" in _lemmas(prev):  # 'fact sheet | detailing', not 'to welcome | surviving', 'to aid | trapped'
        return low not in _FUNCTION_END | _AUX | {"to", "and", "or"} and bool({"NOUN", "ADJ"} & set(_lemmas(low)))
    return low not in _AUX


def _opens_clause(toks: list[Token], i: int) -> bool:
    """Whether the conjunction at token ``i`` opens a clause ('as they tried', 'as the city's buses began'): a
    subject pronoun follows, or a verb before the next comma."""
    for n in range(i + 1, min(len(toks), i + 12)):
        t = toks[n]
        if t.word in {",", ";", ":"}:
            return False
        if n == i + 1 and t.lower in _PRONOUN_SUBJECTS_ALL or _verbish(t) or n > i + 1 and not t.is_cap \
                and t.lower.endswith("ed") and "VERB" in _lemmas(t.lower):
            return True  # 'as they tried', 'as the banks closed early'
    return False


def _after_verb(out: list[Token], w: str, nxt: Token | None) -> bool:
    """Whether the possessive ``w`` follows a verb and precedes a common noun ('resume his campaign'); not 'her'
    (also an object) and not after a quantifier ('half its staff')."""
    return w != "her" and bool(out) and "VERB" in _lemmas(out[-1].lower) and out[-1].lower not in _FUNCTION_END \
        and nxt is not None and not nxt.is_cap and "NOUN" in _lemmas(nxt.lower)


def _apposition_end(toks: list[Token], comma: int) -> int:
    """The closing comma of an apposition after a name, when a prepositional phrase follows it ('Jane Doe, his
    choice for the post, at an event'); -1 otherwise."""
    n = comma + 1
    if n >= len(toks) or toks[n].lower not in _POSSESSIVE | {"a", "an", "the"}:
        return -1
    while n < len(toks) and n - comma <= 8 and toks[n].word != ",":
        if not toks[n].is_word or _verbish(toks[n]) or toks[n].lower in _HARD_STOP | {"and", "or", "that", "to"}:
            return -1
        n += 1
    after = toks[n + 1] if n + 1 < len(toks) else None
    if n >= len(toks) or toks[n].word != "," or after is None \
            or after.lower not in _PARENTHETICAL - {"as", "according"}:
        return -1
    return n


def _apposed(toks: list[Token], comma: int, out: list[Token], object_: bool) -> tuple[list[Token], int] | None:
    """An apposition at the comma ``comma`` of a tail that the title leaves out: after a name, the phrase that
    describes it before a prepositional phrase ('introducing Jane Doe, his choice for the post, at an event'); after
    a verb's common-noun object (``object_``), the name it stands for, which replaces it (:func:`_named_object`). The
    words kept and the index of the apposition's closing comma; None when there is none."""
    if out and out[-1].is_cap:
        end = _apposition_end(toks, comma)
        return (out, end) if end > comma else _office_holder(toks, comma, out) if object_ else None
    return _named_object(toks, comma, out) if object_ else None


def _named_object(toks: list[Token], comma: int, out: list[Token]) -> tuple[list[Token], int] | None:
    """When the words kept (``out``) are a verb's common noun object ('its chief financial officer') and the comma at
    ``comma`` opens the name it stands for, closed by another comma ('…, Jane Roe, as interim chief'), the name in
    its place (after a role of one or two words: 'head coach Marco Rossi') and the index of the closing comma; None
    otherwise."""
    if not out or len(out) > 5 or any(t.is_cap or not t.is_word or t.lower in _PHRASE_START | {"of"} for t in out):
        return None
    n = comma + 1
    while n < len(toks) and toks[n].is_cap and toks[n].is_word and n - comma <= 3:
        n += 1
    if n - comma < 3 or n >= len(toks) or toks[n].word != "," or not _is_person(" ".join(t.word for t in toks[comma + 1 : n])):
        return None
    role = out if len(out) <= 2 else []  # 'its head coach, Marco Rossi': 'head coach Marco Rossi'
    return [*role, *toks[comma + 1 : n]], n


def _office_holder(toks: list[Token], comma: int, out: list[Token]) -> tuple[list[Token], int] | None:
    """When the words kept (``out``) end with an office written as a name ('calling on the Harbor Board Director')
    and the comma at ``comma`` opens the person who holds it, closed by another comma ('…, Kim Lo, to resign'), the
    words before the office and the person in its place ('calls on Kim Lo to resign'), with the index of the
    closing comma; None otherwise."""
    if not out or not out[-1].is_cap or out[-1].lower not in _ROLE_WORDS:
        return None
    j = len(out)
    while j > 0 and (out[j - 1].is_cap or out[j - 1].lower in {"of", "and", "&", "(", ")"}):
        j -= 1
    if j == 0 or out[j].lower in {"of", "and", "&"} or any(t.is_cap for t in out[:j]) \
            or not all(t.is_word for t in out[:j]) or out[j - 1].lower not in _PHRASE_START | {"the"}:
        return None
    n = comma + 1
    while n < len(toks) and toks[n].is_cap and toks[n].is_word and n - comma <= 3:
        n += 1
    if n - comma < 3 or n >= len(toks) or toks[n].word != "," \
            or not _is_person(" ".join(t.word for t in toks[comma + 1 : n])):
        return None
    return [*out[:j], *toks[comma + 1 : n]], n


def _at_boundary(out: list[Token], toks: list[Token], i: int, date: tuple[int, int], after_verb: bool) -> list[Token]:
    """The words of a tail that stops at the boundary word ``toks[i]``: with the occasion of an 'after'/'before'
    ('toured Leeds after a flood struck' → 'after flood'); without an infinitive whose object the
    boundary cuts off ('an election to decide (who controls …)', 'in a bid to sign (as many …)')."""
    if toks[i].lower in {"after", "before"} and (out or after_verb):
        return [*out, *_occasion(toks, i, date)]
    if _object_cut(out, toks, i):
        out = out[:-2]
        if len(out) > 2 and out[-1].lower in {"attempt", "effort", "bid", "order"} and out[-2].lower == "in":
            out = out[:-2]
    return out


def _object_cut(out: list[Token], toks: list[Token], i: int) -> bool:
    """Whether the words kept so far end with an infinitive whose object the boundary at token ``i`` cuts off
    ('to decide | who controls', 'to sign | as many players as it can')."""
    w = toks[i].lower
    nxt = toks[i + 1].lower if i + 1 < len(toks) else ""
    wh = w in {"who", "what", "whether", "how", "which"} or w == "as" and nxt in {"many", "much", "few", "little"}
    return wh and len(out) >= 3 and out[-2].lower == "to" and out[-1].lower in _lemmas(out[-1].lower).get("VERB", ())


def _date_preposition(text: str, toks: list[Token], i: int, date: tuple[int, int]) -> bool:
    """Whether token ``i`` is the preposition of the date right after it ('on Friday', 'beginning Sept. 3'), which a
    title leaves out with the date; not when the date modifies a noun ('on Sunday talk shows') or after an article
    ('the post-2020 order')."""
    w, nxt = toks[i].lower, toks[i + 1] if i + 1 < len(toks) else None
    return nxt is not None and _in_date(nxt, date) and w in {
        "on", "in", "at", "since", "by", "from", "of", "until", "during", "after", "before", "through", "post", "pre",
        "for", "beginning", "starting", "effective", "commencing"} \
        and not _modifies_noun(text, date) and not (w in {"post", "pre"} and i and toks[i - 1].lower in {
            "the", "a", "its", "his", "her", "their"})


#: determiners: a headline leaves them out before a noun when space is short (:func:`_compressed`), and a cut
#: title does not end on one with an adjective (:func:`_without_dangling_end`)
_DETERMINERS = {"its", "their", "his", "her", "our", "my", "the", "a", "an", "this", "these", "those", "that"}


def _without_dangling_end(head: list[str]) -> list[str]:
    """A cut title's words without an end that needs what the cut left out: a determiner and an adjective without
    its noun ('agreed the transfer of its finest (players)'), an '-ing' verb without its object ('sends a letter to the
    board requesting (…)'), with the function words before them; ``head`` unchanged otherwise."""
    out = list(head)
    while len(out) > 4:
        last = out[-1].lower().strip(",;:")
        lemmas = _lemmas(last)
        superlative = last.endswith("est") and last not in lemmas.get("ADJ", (last,))  # 'best', 'largest'
        if out[-2].lower() in _DETERMINERS and "ADJ" in lemmas and ("NOUN" not in lemmas or superlative):
            out = out[:-2]
        elif last.endswith("ing") and "VERB" in lemmas and not {"NOUN", "ADJ"} & set(lemmas) \
                and out[-2].lower() not in _FUNCTION_END | _AUX | {"be", "been", "keep", "keeps", "start", "starts",
                                                                    "stop", "stops", "begin", "begins", "finish",
                                                                    "finishes"}:
            out = out[:-1]
        else:
            break
        while len(out) > 2 and (out[-1].lower().strip(",;:") in _FUNCTION_END | _MORE_STARTS
                                or not re.search(r"\w", out[-1])):
            out = out[:-1]
    return out


def _dangling_participle(head: list[str]) -> bool:
    """Whether ``head`` ends with a past participle right after a common noun inside a prepositional phrase
    ('meeting of a panel appointed'), which says nothing without the words a cut leaves out."""
    last, noun = head[-1].lower(), head[-2]
    lemmas = _lemmas(last).get("VERB", ())
    inside = any(w.lower() in _PHRASE_START | {"of"} for w in head[:-2])  # not the title's own verb
    inside = inside or len(head) >= 4 and any(  # or the object of the title's verb: 'leads letter signed (by …)'
        not w[:1].isupper() and any(third_person(v) == w for v in _lemmas(w).get("VERB", ())) for w in head[1:-2])
    participle = any(last in verb_forms(v).get("VBN", ()) for v in lemmas)
    noun_too = "NOUN" in _lemmas(last) and not last.endswith(("ed", "en"))  # 'to fund bid': 'bid' is its object
    return inside and participle and not noun[:1].isupper() and not noun_too \
        and "NOUN" in _lemmas(noun.lower()) and noun.lower() not in _FUNCTION_END | _PRONOUN_SUBJECTS_ALL


def _tail(text: str, clause: Clause, start: int, date: tuple[int, int], *, after_verb: bool = False) -> list[str]:
    """Words of the clause from ``start`` up to the first hard boundary, without the date and its preposition
    (with ``after_verb``, a boundary right after the verb ends it too: 'aborted because …'); past an acronym in
    brackets where the analysis ends the clause ('asked the National Roads Board (NRB) for answers')."""
    acronym = _ACRONYM_AFTER.match(text, clause.end) if start < clause.end else None
    toks = tokens(text, start, acronym.end() if acronym else clause.end)
    out: list[Token] = []
    after_date = False
    possessive = text[date[1] : date[1] + 2] in ("'s", "’s")  # 'by last Friday's tsunami' keeps its 'by'
    skip = -1
    gaps = set(link_gaps(text, start, clause.end))
    for i, t in enumerate(toks):
        if i <= skip:
            continue
        if t.end in gaps and not out:
            continue  # 'The [link] has reported the deaths …'
        if t.end in gaps:  # 'damaged by a massive [link] that hit': the phrase lost its noun
            while out and (out[-1].lower in _NEEDS_NOUN or _adjective(out[-1].word)):
                out.pop()
            break
        w = t.word.lower()
        if _in_date(t, date):
            after_date = True
            skip = max(skip, _date_skip(text, clause, toks, i, date))
            out = _share_of_period(text, out, date)
            continue
        if after_date and re.search(r"\b(?:after|before|since|than)$", text[date[0] : date[1]]) and t.is_word \
                and w not in _PHRASE_START | _HARD_STOP and t.start < date[1] + 40:
            continue  # 'two days after Hale': the date's anchor goes with it
        ranged = _range_skip(toks, i, date)
        if ranged > i:
            after_date, skip = True, ranged
            continue  # 'between May 11 and May 14', 'from Monday to Wednesday': the whole range is the date's
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if w in _SCHEDULED and nxt is not None and nxt.lower in {"for", "on"} and i + 2 < len(toks) \
                and _in_date(toks[i + 2], date):
            skip = i + 1
            continue  # 'a rally scheduled for Wednesday': the schedule goes with its date
        if not possessive and _date_preposition(text, toks, i, date):
            continue  # the date's preposition ('on Friday'; not in 'on Sunday talk shows')
        if w in {"that", "which"} and out and start >= clause.verb[1] > 0 and _modal_relative(toks, i, out):
            out.append(Token(toks[i + 1].start, toks[i + 1].start, "to"))
            skip = i + 1
            continue  # 'passed a measure that will reopen …' → 'passes measure to reopen …'
        if w in {"that", "which", "who"} and out and start >= clause.verb[1] > 0 and not _after_verb_that(out):
            break  # a relative clause: 'nations that joined …'
        if w == "and" and after_verb and out and nxt is not None and _second_predicate(toks, i, clause):
            out.append(t)  # 'toured the port and met the crew': 'tours port and meets crew' (:func:`_second_predicate`)
            continue
        if w == "and" and nxt is not None and (out and (_verbish(nxt) or nxt.lower in _SUBJECT_SKIP)
                                               or (out or after_verb) and _second_clause(toks, i)):
            break  # 'struck at 11:32 and was centered under …', '… and half of its staff will be sent home
        if w == "what" and out and nxt is not None and _verbish(nxt):
            while out and out[-1].lower in _PHRASE_START:
                out.pop()
            break  # 'toured Leeds in what was her first visit': a free relative clause
        if re.match(r"^(?:[’']s)$", t.word) and out and out[-1].end == t.start:
            out.append(t)
            continue
        if w == "as" and _kept_as(text, clause, toks, i, out, start):
            out.append(t)  # 'sworn in as president', 'took the helm of the club as interim manager'
            continue
        named = (_acronym_named(toks, i, out) or _bracketed_acronym(toks, i, out)) if t.word == "(" else None
        if named is not None:  # 'asks the National Roads Safety Board (NRSB) for …': the bracket goes
            out, skip = named
            continue
        if w in _HARD_STOP and (out or after_verb and (w != "as" or _opens_clause(toks, i))) \
                or t.word in {";", ":", "(", ")", "—", "–"}:
            out = _at_boundary(out, toks, i, date, after_verb)
            break
        if t.word == "," and out and nxt is not None and nxt.is_word and _adjective(out[-1].word) and i > 1 \
                and toks[i - 2].lower in {"a", "an", "the"} | _POSSESSIVE:
            continue  # 'a new, sobering alert', 'its best, most profitable parts'
        apposed = _apposed(toks, i, out, start >= clause.verb[1] > 0) if t.word == "," else None
        if apposed:  # 'introducing Jane Doe, his choice for the post, at an event'; 'named its CFO, Jane Roe, as …'
            out, skip = apposed
            continue
        listed = _name_list_end(toks, i, out) if t.word == "," and out else -1
        if listed > i:  # 'traveled to Leeds, York and Hull, England': the whole list of names stays
            out.extend(toks[i : listed + 1])
            skip = listed
            continue
        if t.word == "," and (out or after_date):
            break
        if not t.is_word and not out and not re.match(r"[$€£\d]", t.word):
            continue
        after_date = False
        if w in {"a", "an"} and out and re.search(r"\d", out[-1].word) and nxt is not None and nxt.is_word:
            out.append(t)  # '$41.50 a share', '$15 an hour'
            continue
        if not _left_out(toks, i, out, date, start >= clause.verb[1] > 0 or after_verb):
            out.append(t)
    return _without_dangling_end(_headline_words(text, out))


#: verbs whose second predicate is no act of the subject's own a headline adds (*was … and said*: a comment)
_NOT_SECOND_ACTS = {"say", "tell", "add", "note", "explain", "state", "be", "have", "do", "get"}


def _second_predicate(toks: list[Token], i: int, clause: Clause) -> bool:
    """Whether the 'and' at token ``i`` of a past clause joins a second predicate of the same subject in the simple
    past, with its object or phrase after it (*The minister toured the port and met the crew*; *The storm flooded
    streets and destroyed 40 homes*): news tells two acts of one doer in one sentence, and a headline gives both
    when they fit (*Minister tours port and meets crew*; :func:`_fit` cuts before the 'and' when they do not, and
    never right after the second verb). Not a perfect or passive (*and has met*, *and was taken*), a verb of saying
    or of being (*and said …*: a comment, not an act), a clause with its own subject, nor a verb right before a
    date or the clause's end (*and resigned on Monday*: its own date)."""
    if clause.verb_form != "past" or i + 2 >= len(toks):
        return False
    word, after = toks[i + 1], toks[i + 2]
    if not word.is_word or word.is_cap:
        return False
    lemma = next((v for v in all_lemmas(word.lower).get("VERB", ()) if word.lower in verb_forms(v).get("VBD", ())
                  and word.lower != v), "")
    return bool(lemma) and lemma not in _NOT_SECOND_ACTS and _object_opens(after)


#: words that open the object of a second predicate: a determiner, a possessive, a particle of a phrasal verb
_OBJECT_OPENERS = {"a", "an", "the", "its", "his", "her", "their", "our", "my", "this", "these", "those", "out", "off",
                   "up", "down", "more", "new", "several", "two", "three", "four", "five", "six", "seven", "eight",
                   "nine", "ten"}


def _object_opens(t: Token) -> bool:
    """Whether token ``t`` opens an object right after a verb: a determiner or possessive, a particle (*knocked out
    power*), an amount (*$40 million*, *40 homes*) or a lower-case noun (*destroyed scores of buildings*); not a
    preposition, a pronoun, an adverb or an adjective (*met with officials*, *made sure they knew*, *bowed
    deeply*: the second act's object comes later or is a clause)."""
    w = t.lower
    if re.match(r"[$€£\d]", t.word):
        return True
    if not t.is_word or t.is_cap or w in _PRONOUN_SUBJECTS | _PHRASE_START | _HARD_STOP | {"him", "them", "us", "me"}:
        return False
    lemmas = _lemmas(w)
    return w in _OBJECT_OPENERS or "NOUN" in lemmas and "ADJ" not in lemmas and "ADV" not in lemmas


def _name_list_end(toks: list[Token], comma: int, out: list[Token]) -> int:
    """When the comma at ``comma`` goes on a list of names that the last word kept (``out``) opens ('visited Leeds,
    York and Hull', 'to Eastport, Northam, or Nice'), the index of the list's last token; -1 otherwise (one name after the
    comma without 'and': 'Millbrook, Westshire' is a place and its region; a name that a verb follows: '…, Jones and Lee
    said'; a name that a possessive or 'of' and a name continue)."""
    if not out[-1].is_cap or not out[-1].is_word or len(out) >= 2 and out[-2].lower in {"a", "an", "the"}:
        return -1
    n, items = comma, 1
    while n < len(toks) and toks[n].word == "," or n == comma:
        n += 1
        if n < len(toks) and toks[n].lower in {"and", "or"}:
            break
        k = n
        while n < len(toks) and toks[n].is_cap and toks[n].is_word and n - k < 4:
            n += 1
        if n == k or n - k >= 4 or items >= 6:
            return -1
        items += 1
    if n >= len(toks) or toks[n].lower not in {"and", "or"}:
        return -1
    k = n = n + 1
    while n < len(toks) and toks[n].is_cap and toks[n].is_word and n - k < 4:
        n += 1
    after = toks[n] if n < len(toks) else None
    if n == k or after is not None and (_verbish(after) or after.lower in {"’s", "'s"} or after.is_cap
                                        or after.lower == "of" and n + 1 < len(toks) and toks[n + 1].is_cap):
        return -1
    return n - 1


#: words that take a share of a period before its 'of' ('much of Sunday', 'most of March')
_SHARE_OF = {"much", "most", "all", "part", "rest", "some", "half", "remainder", "bulk"}
_WEEKDAY_WORDS = re.compile(rf"(?:{WEEKDAY_RE})|today|yesterday|tonight", re.I)
_MONTH_WORD = re.compile(r"^(?:in\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|"
                         r"december)(?:\s+\d{4})?$", re.I)


def _share_of_period(text: str, out: list[Token], date: tuple[int, int]) -> list[Token]:
    """The kept words when they end with a share of the date's period ('spent much of | Sunday training'): the share
    written as the period's kind ('spent | day | training'), so that the verb keeps its object; ``out`` unchanged
    otherwise."""
    if len(out) >= 2 and out[-1].lower == "of" and out[-2].lower in _SHARE_OF:
        out = out[:-1]
    elif not (out and out[-1].lower in _SHARE_OF and re.fullmatch(r"\s+of\s+", text[out[-1].end : date[0]])):
        return out
    said = text[date[0] : date[1]]
    kind = "day" if _WEEKDAY_WORDS.search(said) else "month" if _MONTH_WORD.search(said) else \
        "year" if re.fullmatch(r"(?:in\s+)?\d{4}", said.strip()) else ""
    if not kind:
        return out
    n = len(out) - 1 - (len(out) > 1 and out[-2].lower in {"the", "a"})
    return [*out[:n], Token(out[-1].end + 1, out[-1].end + 1, kind)]  # (no span: rendered as its word)


def _left_out(toks: list[Token], i: int, out: list[Token], date: tuple[int, int], after_verb: bool) -> bool:
    """Whether a headline leaves out the word at token ``i`` of a tail (``out``: the words kept before it;
    ``after_verb``: the tail follows the verb): an auxiliary before a participle, a possessive or demonstrative
    after the verb, the date's own 'early'/'late', 'the following', a dropped word or an '-ly' adverb; never the
    article of a count ('nearly a million')."""
    t = toks[i]
    w, nxt = t.word.lower(), toks[i + 1] if i + 1 < len(toks) else None
    if _quantity_word(toks, i):
        return False  # 'sends home nearly a million workers': not 'nearly million'
    if w in {"has", "have", "had", "was", "were", "is", "are", "been", "being"} and nxt is not None and (
            nxt.lower == "been" or nxt.lower.endswith(("ed", "en")) and _verbish(nxt)) and not (
            out and out[-1].lower in {"would", "could", "should", "might", "must", "may"}):
        return True  # headline grammar: 'have been confirmed dead' → 'confirmed dead'
    if w in _POSSESSIVE | {"this", "these"} and (not out and after_verb and (
            w in _POSSESSIVE or nxt is not None and nxt.is_word and not nxt.is_cap) or _after_verb(out, w, nxt)):
        return True  # 'declares its first nuclear emergency', 'to resume his campaign': no possessive
    if w in {"early", "late", "earlier", "later"} and _modifies_date(toks, i, date):
        return True  # 'early on Friday': the date's own modifier goes with it
    if w == "following" and i > 0 and toks[i - 1].lower == "the" and nxt is not None and nxt.is_word \
            and nxt.lower not in _PERIOD_NOUNS:
        return True  # 'filed the following motion': a pointer to the text below, no word of the title
    return w in _DROP or (w.endswith("ly") and len(w) > 4 and w not in {"italy", "family", "july", "supply",
                                                                         "assembly", "ally", "rally"}
                          and not _ly_verb(w) and (w == "likely" or not {"ADJ", "NOUN"} & set(_lemmas(w))))
    # (an '-ly' adverb, not a verb: 'will apply', 'to comply'; nor an adjective: 'quarterly loss')


#: modals of a relative clause that says what a thing is for ('a bill that would ban …'): a headline's 'to'
_PURPOSE_MODALS = {"will", "would"}


def _modal_relative(toks: list[Token], i: int, out: list[Token]) -> bool:
    """Whether the 'that'/'which' at token ``i`` opens a relative clause of purpose after a common noun ('a measure
    that will reopen the agency', 'a plan which would expand the league'), which a headline writes as an infinitive
    ('measure to reopen agency'): 'will' or 'would' and a verb in its base form follow, not 'be' or 'have' ('a deal
    that will be signed', 'a rule that would have barred'), after a common noun only (not 'told Acme that it would')."""
    if i + 2 >= len(toks) or toks[i + 1].lower not in _PURPOSE_MODALS or toks[i + 1].word != toks[i + 1].word.lower():
        return False
    verb, noun = toks[i + 2].lower, out[-1]
    if verb in {"be", "have", "not", "also", "still", "then"} or toks[i + 2].is_cap or not toks[i + 2].is_word:
        return False
    base = verb in _lemmas(verb).get("VERB", ())
    return base and not noun.is_cap and noun.is_word and "NOUN" in _lemmas(noun.lower) \
        and noun.lower not in _FUNCTION_END


#: the words that join the two ends of a range of dates ('between May 11 and May 14', 'from 2019 to 2021')
_RANGE_WORDS = {"between": {"and"}, "from": {"to", "through", "until", "till", "-", "–"}}
_DAY_WORD = re.compile(r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
                       r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|"
                       r"saturday|sunday|\d{1,4}(?:st|nd|rd|th)?)", re.I)


def _range_skip(toks: list[Token], i: int, date: tuple[int, int]) -> int:
    """The last token of a range of dates that opens at token ``i`` ('between', 'from') and has the date at one of
    its ends ('between May 11 and May 14, 2010': both ends go with the date, not 'between and May 14'); -1 when
    ``toks[i]`` opens none (a 'between' of places, a 'from' of a source)."""
    joins = _RANGE_WORDS.get(toks[i].lower)
    if not joins:
        return -1
    c = next((n for n in range(i + 1, min(len(toks), i + 6)) if toks[n].lower in joins), None)
    if c is None or c == i + 1:
        return -1
    first = toks[i + 1 : c]
    if not all(_in_date(t, date) or _DAY_WORD.fullmatch(t.word) or t.word == "," for t in first):
        return -1
    n = c + 1
    while n < len(toks) and (_in_date(toks[n], date) or _DAY_WORD.fullmatch(toks[n].word) or toks[n].word == ","
                             and n + 1 < len(toks) and re.fullmatch(r"\d{4}", toks[n + 1].word)):
        n += 1
    second = toks[c + 1 : n]
    if not second or not any(_in_date(t, date) for t in [*first, *second]):
        return -1
    return n - 1


#: an acronym in brackets and what follows it up to a clause boundary (the analysis ends a clause at a bracket)
_ACRONYM_AFTER = re.compile(r"\s*\((?:[A-Z][A-Z&]{1,7}|[A-Z][A-Z&-]{1,14}[A-Z](?=\)\s+[A-Z]))\)[^,;:!?()\n]{0,150}?"
                            r"(?=[,;:!?()\n]|(?<![\s.][A-Z])\.(?:\s|$)|$)")  # (not the stop of 'U.S.')


def _bracketed_acronym(toks: list[Token], i: int, out: list[Token]) -> tuple[list[Token], int] | None:
    """When the bracket opening at token ``i`` holds the acronym of the name the kept words end with ('the National
    Roads Safety Board (NRSB)'), the kept words and the index of the closing bracket (the title goes on past it);
    None otherwise."""
    if i + 2 >= len(toks) or toks[i + 2].word != ")" or not re.fullmatch(r"[A-Z][A-Z&]{1,7}", toks[i + 1].word):
        return None
    letters = toks[i + 1].word.replace("&", "")
    n = len(out)
    while n and (out[n - 1].is_cap or out[n - 1].lower in {"of", "on", "for", "and", "&"}) and out[n - 1].is_word:
        n -= 1
    while n < len(out) and out[n].lower in {"of", "on", "for", "and"}:
        n += 1
    name = [t for t in out[n:] if t.is_cap]
    one = len(name) == 1 and re.search("".join(f"{c}.*" for c in letters.lower()), name[0].lower) is not None \
        and name[0].word[0] == letters[0]  # 'Brightwater (BW)': a one-word name and its short form
    if not one and (len(name) < 2 or not "".join(t.word[0] for t in name).upper().startswith(letters)):
        return None
    return out, i + 2  # (the name stays; :func:`_abbreviated` writes the acronym when the title is too long)


#: capitalised words that end the name of a law, a plan or a programme written before its acronym
_NAMED_KINDS = {"act", "bill", "law", "program", "programme", "plan", "initiative", "project", "fund", "treaty",
                "agreement", "accord", "protocol", "scheme", "strategy"}


def _acronym_named(toks: list[Token], i: int, out: list[Token]) -> tuple[list[Token], int] | None:
    """When a long name the kept words end with is followed by its acronym in brackets and its kind ('the Safe
    Rivers and Lakes Restoration (SAFE-WATER) Act', 'the Youth Coding Opportunity (YES) Program'), the kept words
    with the name written as the acronym and the kind ('SAFE-WATER Act'), and the index of the kind; None
    otherwise."""
    if i + 3 >= len(toks) or toks[i + 2].word != ")" or toks[i + 3].lower not in _NAMED_KINDS \
            or not toks[i + 3].is_cap or not re.fullmatch(r"[A-Z][A-Z&-]{1,14}[A-Z]", toks[i + 1].word):
        return None
    n = len(out)
    while n and (out[n - 1].is_cap or out[n - 1].lower in {"of", "on", "for", "and", "&", "to", "from", "the", "with", "in"}) \
            and out[n - 1].is_word:
        n -= 1
    while n < len(out) and not out[n].is_cap:
        n += 1
    if sum(t.is_cap for t in out[n:]) < 3:
        return None
    return [*out[:n], toks[i + 1], toks[i + 3]], i + 3


def _second_clause(toks: list[Token], i: int) -> bool:
    """Whether the 'and' at token ``i`` opens a clause with a subject of its own: a determiner, a quantity or a
    pronoun, then an auxiliary or modal after a subject of one to six words without a comma ('will be closed and
    half of its staff will be sent home'); not a noun joined to the one before ('the quake and tsunami could be')."""
    opener = toks[i + 1] if i + 1 < len(toks) else None
    if opener is None or not (opener.lower in {"the", "a", "an", "half", "all", "most", "some", "many", "several",
                                               "its", "his", "her", "their", "our", "he", "she", "they", "it", "we"}
                              or re.fullmatch(r"\d[\d,.]*%?", opener.word)):
        return False
    for n in range(i + 2, min(len(toks), i + 8)):
        t = toks[n]
        if t.word in {",", ";", ":"} or t.lower in _PHRASE_START - {"of", "in", "at", "for"}:
            return False
        if t.lower in {"will", "would", "was", "were", "is", "are", "has", "have", "had", "could", "can", "may",
                       "might", "must", "should"} and not toks[n - 1].lower in {"to", "and", "or"}:
            return not _verbish(toks[i + 1])
    return False


def _headline_words(text: str, out: list[Token]) -> list[str]:
    """A tail's tokens as a headline writes them: 'the city of X' as X, a quantity without 'of the', no role before
    a name ('for President Jane Roe' → 'for Jane Roe'; 'Ohio Senator Ann Lee' stays whole)."""
    rendered = _partitive_of(_PLACE_OF.sub(lambda m: m.group(1).strip() + " ", _render(text, out)).rstrip(" .!?"))
    return _ROLE_BEFORE_NAME.sub(lambda m: m.group(0) if re.search(r"[A-Z][\w.’'-]*\s+(?:(?:and|&)\s+)?$",
                                                                   rendered[: m.start()])
                                 else "", rendered).split()  # (nor the second of two offices: 'President and CEO')


def _date_skip(text: str, clause: Clause, toks: list[Token], i: int, date: tuple[int, int]) -> int:
    """The last token of the date's own words at token ``i`` ('March (of this year)'), or of a second day joined to it
    ('on Monday (and Wednesday)', 'on May 3 (and May 5)', 'on May 3(-5)'); -1 when none."""
    year = re.match(r"\s+of\s+(?:this|last|next|that)\s+year\b", text[toks[i].end : clause.end])
    if toks[i].end != date[1]:
        return -1
    if year:
        return i + 4
    if i + 2 < len(toks) and toks[i + 1].word in {"-", "–"} and re.fullmatch(r"\d{1,2}", toks[i + 2].word) \
            and toks[i + 1].start == toks[i].end and toks[i + 2].start == toks[i + 1].end:
        return i + 2  # 'on June 22-24': the range's last day goes with the date
    joined = i + 2 < len(toks) and toks[i + 1].lower in {"and", "or"}
    if joined and (_WEEKDAY_WORDS.fullmatch(toks[i + 2].word) or toks[i + 2].lower == "tomorrow"):
        return i + 2  # 'heard arguments on Monday and Wednesday in the case': 'hears arguments in case'
    month = joined and i + 3 < len(toks) and _MONTH_WORD.match(toks[i + 2].word) and toks[i + 3].word.isdigit()
    return i + 3 if month else -1


def _kept_as(text: str, clause: Clause, toks: list[Token], i: int, out: list[Token], start: int) -> bool:
    """Whether the ``as`` at token ``i`` of a tail (``out`` its words so far, from ``start``) opens a phrase the title
    keeps: 'as a result of', 'as part of', or a role or capacity, right after the verb ('sworn in as president') or
    after a noun phrase ('took the helm of the club as interim manager'), that opens no clause."""
    if out and _AS_PHRASE.match(text, toks[i].start):
        return True
    return (len(out) <= 1 and start >= clause.verb[1] > 0 or bool(out) and _as_role(toks, i)) \
        and not _opens_clause(toks, i)


def _modifies_date(toks: list[Token], i: int, date: tuple[int, int]) -> bool:
    """Whether the word at token ``i`` stands right before the date, or before its preposition ('early on Friday')."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return nxt is not None and (_in_date(nxt, date) or nxt.lower in {"on", "in", "at", "this", "that", "last", "next"}
                                and i + 2 < len(toks) and _in_date(toks[i + 2], date))


#: 'as' opening a prepositional phrase of cause or belonging, never a clause ('as a result of the quake')
_AS_PHRASE = re.compile(r"as\s+(?:a\s+(?:result|consequence)|part)\s+of\b", re.I)


def _as_role(toks: list[Token], i: int) -> bool:
    """Whether ``as`` at token ``i`` introduces the role or capacity of what precedes it ('took the helm of the club
    as interim manager', 'named her as its chief executive'): a noun phrase follows (a determiner, a name or a
    noun), no comparison ('as many as', 'as well as', 'as soon as')."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None or not nxt.is_word or nxt.lower in {"many", "much", "few", "little", "well", "soon", "long", "far",
                                                       "if", "though", "of", "to", "for", "part", "such", "usual"}:
        return False
    if nxt.lower in {"a", "an", "the", "his", "her", "its", "their", "our"} or nxt.is_cap:
        return True
    after = toks[i + 2].lower if i + 2 < len(toks) else ""
    return "NOUN" in _lemmas(nxt.lower) and after != "as"  # not 'as high as'


def _ly_verb(word: str) -> bool:
    """Whether a word in '-ly' is a verb and no adverb ('apply', 'comply', 'rely'; not 'quickly', 'multiply')."""
    lemmas = _lemmas(word)
    return "VERB" in lemmas and "ADV" not in lemmas


#: verbs whose subject names a happening ('an earthquake struck'): 'after earthquake' is an occasion
_HAPPENING = {"hit", "strike", "occur", "happen", "erupt", "break", "unfold", "sweep", "spread", "begin", "start",
              "end", "collapse", "fail", "cause", "kill", "destroy", "damage", "force", "trigger", "prompt"}


def _occasion(toks: list[Token], i: int, date: tuple[int, int]) -> list[Token]:
    """``after``/``before`` at token ``i`` and the noun phrase that follows it, without its clause's verb or
    articles (``after an earthquake struck`` → ``after earthquake``; ``after an unplanned two-hour hold-up caused
    by …`` → ``after unplanned two-hour hold-up``); nothing when no noun phrase of its own follows."""
    phrase: list[Token] = []
    for n in range(i + 1, min(len(toks), i + 9)):
        t = toks[n]
        if not t.is_word and t.word not in {"-", "’s", "'s"} and not re.match(r"[\d$€£]", t.word):
            break
        if _verbish(t) and phrase and not set(_lemmas(t.lower).get("VERB", ())) & _HAPPENING:
            return []  # 'after the buyer walked away': an actor's clause, no occasion
        happening = set(_lemmas(t.lower).get("VERB", ())) & _HAPPENING
        if phrase and happening and t.lower not in happening:
            break  # 'after a fire broke out': the happening's own verb ends its noun phrase
        if t.start < date[1] and t.end > date[0] or t.lower in _HARD_STOP | _PHRASE_START | _PRONOUN_SUBJECTS \
                or _verbish(t) or t.lower in _POSSESSIVE:
            break
        if t.lower not in _DROP:
            phrase.append(t)
    else:
        return []  # a long phrase: no short occasion to add
    while phrase and (phrase[-1].lower in _FUNCTION_END or phrase[-1].is_cap and len(phrase) == 1):
        phrase.pop()
    if not phrase or not any(t.is_word and not t.is_cap for t in phrase):
        return []  # 'after Hale': a name alone is no occasion
    return [toks[i], *phrase]


#: The title of a mention whose clause names nothing else (a dateline alone); callers may replace it.
FALLBACK_TITLE = "Dated mention"


#: the acronyms the article being titled writes ('WHO', 'W.H.O.'), for :func:`_acronym_of`
_ARTICLE_ACRONYMS: ContextVar[frozenset[str]] = ContextVar("article_acronyms", default=frozenset())
#: the text of the article being titled, for :func:`_called_by_surname`
_ARTICLE_TEXT: ContextVar[str] = ContextVar("article_text", default="")


@functools.lru_cache(maxsize=8)
def _acronyms(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\b(?:[A-Z]\.){2,}|\b[A-Z]{3,6}\b", text))


def _acronym_of(actor: str) -> str:
    """The acronym of a name of three or more capitalised words, as the article writes it elsewhere ('World Trade
    Organization' → 'WTO' when the text has 'WTO' or 'W.T.O.'; 'U.S. National Science Foundation' → 'NSF': a
    country's initials before the name need not be in it; 'Bureau of Statistics' → 'BOS': a name of two words
    joined by 'of' with its 'of'); the short form the article gives the name in brackets first, whatever its
    letters (:func:`_defined_acronyms`: 'North Atlantic Harbor Council (NHC)' → 'NHC'); "" when it writes none."""
    known = _ARTICLE_ACRONYMS.get()
    whole = [w for w in actor.split() if w.lower() != "the"]
    defined = _defined_acronyms(_ARTICLE_TEXT.get())
    bare = " ".join(whole)
    short = next((s for n, s in defined.items() if " ".join(w for w in n.split() if w.lower() != "the") == bare), "")
    if short and len(bare) > len(short) + 3:  # 'North Atlantic Harbor Council (NHC)': the article's own short form
        return short
    if len(whole) == 3 and whole[1].lower() in {"of", "for", "on"} and all(w[:1].isupper() for w in whole[::2]):
        letters = "".join(w[0] for w in whole).upper()  # 'Department of Justice' → 'DOJ'
        if letters in known:
            return letters
    words = [w for w in actor.split() if w.lower() not in {"of", "the", "and", "for", "on", "in", "&"}]
    if len(words) < 3 or not all(w[:1].isupper() for w in words):
        return ""
    qualified = re.fullmatch(r"(?:[A-Z]\.){2,}|[A-Z]{2}", words[0]) is not None  # 'U.S. National Science
    forms = [words, words[1:]] if qualified else [words]  # Foundation' is the 'NSF' of the text
    kind = re.match(r"(?:(?:[A-Z]\.){2,}\s+)?(?:the\s+)?([A-Z][a-z]+)\s+of\s+(?:the\s+)?", actor)
    if kind and _kind_word(kind.group(1)):  # 'Department of Harbors and Ports' is the 'HP' of the text
        forms.append([w for w in actor[kind.end() :].split()
                      if w.lower() not in {"of", "the", "and", "for", "on", "&"}])
    joined = actor.split(" and ")[-1].split()[:1] if " and " in actor else []
    if len(words) >= 4 and joined and joined[0] in words[3:]:
        forms.append(words[: words.index(joined[0], 3)])  # 'Institute for Soil Science and Agronomy' is the 'ISS'
        # of the text
        if qualified and joined[0] in words[4:]:  # 'U.S. Institute for Soil Science and Agronomy': the 'ISS'
            forms.append(words[1 : words.index(joined[0], 4)])
    for named in forms:
        letters = "".join(w[0] for w in named).upper()
        dotted = ".".join(letters) + "."
        if letters in known or dotted in known:
            return letters if letters in known else dotted
    rest = [w for w in actor.split()[1 if qualified else 0 :] if w.lower() != "the"]
    for letters in ((words[0].replace(".", "") + "".join(w[0] for w in words[1:])).upper() if qualified else "",
                    "".join(w[0] for w in rest).upper() if len(rest) == 3 and rest[1].lower() in {"of", "for", "on"}
                    else ""):  # 'U.S. Department of Energy' → 'USDE'; 'U.S. Department of Labor' → 'DOL'
        if len(letters) >= 3 and letters in known:
            return letters
    return ""


def make_title(text: str, clause: Clause, date_start: int, date_end: int) -> str:
    """A headline-style title for the event a clause states (:func:`_make_title`, knowing the article's acronyms),
    or the title of the clause with its long names in the short forms the article gives them (:func:`_short_text`)
    when that one says more (:func:`_says_more`: 'Jury finds Acme CEOs Jane M. Roe and Dan K' → 'Jury finds Acme
    CEOs Roe and Poe guilty'). When the date dates a verb of telling before the act it tells (:func:`_dated_telling`:
    *officials confirmed Sunday 40 homes burned*), the title of the telling (*Officials confirm 40 homes burned*) if it
    keeps every content word of the act's title (else the act's: *40 homes burn*).

    Parameters
    ----------
    text : str
        The raw text the clause offsets refer to.
    clause : Clause
        From :func:`timeline.clauses.analyse`.
    date_start, date_end : int
        The date mention (left out of the title).

    Returns
    -------
    str
        At most :data:`MAX_TITLE` characters, never empty.
    """
    title = _title_with_short_names(text, clause, date_start, date_end)
    teller = _dated_telling(text, clause, (date_start, date_end))
    if teller is None:
        return title
    words = title.split()
    own = len(words) > 1 and words[0].lower() in text[teller.start : teller.verb[0]].lower().split() \
        and (words[1] == "to" or set(_lemmas(words[1].lower())) == {"VERB"})
    if own or third_person(teller.verb_lemma) in title.lower().split():
        return title  # (the teller's own body is the act's doer: 'Acme Director Roe announced the agency will …' →
        # 'Acme to …'; the title tells the telling already: 'Roe confirms plant is closing')
    told = _title_with_short_names(text, teller, date_start, date_end)  # 'Officials say 40 homes burned'
    return told if set(content_terms(title)) <= set(content_terms(told)) else title  # (when it keeps the act's words)


def _title_with_short_names(text: str, clause: Clause, date_start: int, date_end: int) -> str:
    """The title of the clause as given, or with its long names in the article's short forms when that one says
    more (:func:`make_title`)."""
    title = _title_as_given(text, clause, date_start, date_end)
    short, names = _short_text(text, clause)
    if not names:
        return title
    other = _title_as_given(short, clause, date_start, date_end)
    return other if _says_more(title, other, names) else title


def _title_as_given(text: str, clause: Clause, date_start: int, date_end: int) -> str:
    """:func:`make_title` on the text as given."""
    token, written = _ARTICLE_ACRONYMS.set(_acronyms(text)), _ARTICLE_TEXT.set(text)
    try:
        plain = _make_title(text, clause, date_start, date_end)
        title = _office_named(text, _named_first_person(text, clause, plain), text[clause.start : clause.end])
        if len(title) > MAX_TITLE and title != plain and not _I_TITLE.match(plain):  # a predicate the speaker named
            cut = _fit(title.split(), MAX_TITLE)  # makes too long: cut where a phrase ends
            title = cut if title.startswith(cut) and len(cut.split()) > len(title.split()) - len(plain.split()) + 1 \
                else title
        if len(title) > MAX_TITLE:  # the speaker named makes it too long
            title = _office_named(text, plain, text[clause.start : clause.end])
        title = _with_next_phrase(text, clause, (date_start, date_end), title)
        title = _closed_end(text, clause, title)
        return _with_initialism_dot(_read_as_written(_without_cut_word(text, title, clause.end)))
    finally:
        _ARTICLE_ACRONYMS.reset(token)
        _ARTICLE_TEXT.reset(written)


#: prepositions whose phrase completes an act's object or says where or at whom it was done ('sends teams to
#: Utah', 'files suit against the city'): a title with room left takes the next such phrase back
_NEXT_PHRASE_STARTS = {"of", "for", "in", "on", "to", "with", "at", "into", "against", "from", "over", "onto"}
#: words a phrase taken back never holds: a clause or attribution starts there, or a time word
_NEXT_PHRASE_STOPS = _HARD_STOP | _PRONOUN_SUBJECTS | {"said", "says", "say", "told", "than", "whether", "what",
                                                       "how", "our", "my", "your", "we", "i", "us", "me", "you"}
#: auxiliaries and copulas: after one, the words are a clause
_AUXILIARIES = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "should", "may", "might",
                "can", "did", "does", "do", "be", "been", "being", "must", "shall"}
#: a word of time a title leaves out with its phrase: a weekday or month (the tagger's lexicon), a relative day, a
#: part of the day, a unit, a year or decade, a clock word
_TIME_WORD = re.compile(rf"{WEEKDAY_RE}|{MONTH_FULL}|{MONTH_ABBR}|today|tonight|yesterday|tomorrow|morning|"
                        r"afternoon|evening|night|week|month|year|weekend|\d{4}s?|noon|midnight|a\.m|p\.m", re.I)


#: prepositions of a time phrase a title leaves out to reach the complement after it ('admitted guilt | in May
#: 2015 | to the fraud', 'a grain blast | in 1952 | in Harwick Bay'): the time is the act's circumstance
_TIME_PREPOSITIONS = {"in", "on", "at", "during"}
#: words that make a span of time relative to the act ('in the coming weeks', 'in recent days', 'over the past few
#: months'): with the span after them the phrase is a time of the act, no complement of it
_RELATIVE_SPAN_WORDS = {"coming", "following", "past", "recent", "next"}


def _relative_span_at(toks: list[Token], k: int) -> int:
    """How many tokens from ``k`` make a relative span of time (:data:`_RELATIVE_SPAN_WORDS`, then 'few' or
    'several' and a unit of :data:`_TIME_SPANS`: 'coming weeks', 'past few days'); 0 when none."""
    if k >= len(toks) or toks[k].lower not in _RELATIVE_SPAN_WORDS:
        return 0
    j = k + 1 + (k + 1 < len(toks) and toks[k + 1].lower in {"few", "several"})
    return j + 1 - k if j < len(toks) and toks[j].lower in _TIME_SPANS else 0


def _time_words_at(toks: list[Token], n: int, date: tuple[int, int]) -> int:
    """How many tokens from ``n`` a title leaves out as time words: a word of :data:`_TIME_WORD` or of the date, a
    relative word before one ('last week'), or a preposition of :data:`_TIME_PREPOSITIONS` and its article or
    'early'/'late' before one ('in March', 'on Monday', 'at the weekend', 'in late May'; not 'in the Senate', nor
    'at the end of'); 0 when none."""
    def timed(k: int) -> bool:
        return k < len(toks) and (_in_date(toks[k], date) or bool(_TIME_WORD.fullmatch(toks[k].lower.strip("."))))
    t = toks[n].lower
    if timed(n):
        return 1
    if t in {"this", "last", "next", "early", "late"} and timed(n + 1):
        return 2
    if t not in _TIME_PREPOSITIONS:
        return 0
    k = n + 1 + (n + 1 < len(toks) and toks[n + 1].lower in {"the", "early", "late", "mid"})
    if _relative_span_at(toks, k):
        return k + _relative_span_at(toks, k) - n  # 'in the coming weeks'
    if not timed(k) or k + 1 < len(toks) and toks[k + 1].lower == "of" or _year_modifier(toks, k, date):
        return 0  # ('at the end of May', 'on the 2009 budget': no time phrase of the act)
    return k + 1 - n


def _past_time_words(toks: list[Token], date: tuple[int, int]) -> list[Token]:
    """``toks`` past the date or time words that open them ('today', 'on Friday', 'this morning', 'last week',
    'in May 2015': :func:`_time_words_at`), which a title leaves out; ``toks`` unchanged when the first word is
    none."""
    n = 0
    while n < len(toks) and n < 6:
        step = _time_words_at(toks, n, date)
        if not step:
            break
        n += step
    return toks[n:]


def _next_phrase(text: str, toks: list[Token], date: tuple[int, int]) -> list[str] | None:
    """The words of the prepositional phrase that opens ``toks`` (the words after a title's last word), as a
    headline writes them (no article or possessive), when it ends where a phrase ends: at punctuation, a blank
    line, a clause word, another preposition (an 'of' goes on), time words, a participle after its noun or an
    'and' before a second clause or a noun phrase with its own article ('to the western states | to check …'
    → ['to', 'western', 'states']), or a 'to'-infinitive with its object, what an act is done for or what a
    person is asked to do ('urges the board | to adopt the new plan' → ['to', 'adopt', 'new', 'plan']); None when
    it is no such phrase: an infinitive without an object ('to be', 'to help them'), a clause (an auxiliary
    inside), a date or time word inside it, an 'and' inside a name, or a noun phrase cut before its noun."""
    if not toks or toks[0].lower not in _NEXT_PHRASE_STARTS or len(toks) < 2:
        return None
    infinitive = toks[0].lower == "to" and "VERB" in _lemmas(toks[1].lower) and not toks[1].is_cap
    if infinitive and (toks[1].lower in _AUXILIARIES | _SMALL_CLAUSE_VERBS or len(toks) < 3 or not toks[2].is_word):
        return None  # 'to be …', 'to take.', 'to see the plan fail': no act with its object
    words: list[str] = [toks[0].word]
    skip = 0
    for i in range(1, len(toks)):
        t = toks[i]
        w = t.lower
        if i < skip:
            continue
        if re.search(r"\n\s*\n", text[toks[i - 1].end : t.start]):
            break  # a blank line ends the phrase
        if t.word == "." and t.start == toks[i - 1].end and re.search(r"\.[A-Za-z]$", toks[i - 1].word):
            words[-1] += "."  # an initialism's last full stop ('U.S.'), no sentence end
            continue
        if _year_modifier(toks, i, date):
            words.append(t.word)  # 'of the 2011 Velmar sedans': a year that names a noun's kind, no time of the act
            continue
        lead = _amount_lead(toks[i:])
        if lead:  # 'from over 70 lots in the valley': the amount's words go on with it
            words.extend(u.word for u in toks[i : i + lead])
            skip = i + lead
            continue
        if _in_date(t, date) or _TIME_WORD.fullmatch(w.strip(".")) or w in {"last", "next", "this", "early",
                                                                             "late", "earlier", "later"} \
                or _relative_span_at(toks, i):  # ('for more money | in the coming weeks')
            if len(words) > 1 and toks[i - 1].lower not in _DETERMINERS | _NEXT_PHRASE_STARTS | {"and", "or"}:
                break  # 'to members of Congress | last year': the phrase ends before the time words
            return None  # a date or time word inside it: the title leaves dates out, and its phrase with them
        if not t.is_word and not re.fullmatch(r"[$€£]?\d[\d,.]*%?|[’']s|&|-", t.word):
            break  # punctuation ends the phrase
        if w == "to" and i + 1 < len(toks) and "VERB" in _lemmas(toks[i + 1].lower) \
                and words[-1].lower() in _INFINITIVE_NOUNS:
            return None  # 'in an attempt | to save …': the noun says nothing without its infinitive
        if w in _NEXT_PHRASE_STOPS or w == "to" and i + 1 < len(toks) and "VERB" in _lemmas(toks[i + 1].lower):
            break
        if w in _PHRASE_START and w != "of" and w != "and" or w in _MORE_STARTS:
            break  # the next phrase: one phrase at a time
        if w in {"and", "or"} and (i + 1 >= len(toks) or not toks[i + 1].is_word or _verbish(toks[i + 1])
                                   or toks[i + 1].lower in _DETERMINERS | _POSSESSIVE or any(
                u.lower in _AUXILIARIES for u in toks[i + 1 : i + 5])):
            if toks[i - 1].is_cap and i + 1 < len(toks) and toks[i + 1].is_cap:
                return None  # inside a name ('Departments of Transport and Energy'): no phrase end
            break  # 'to the countries | and aid groups are …': a second clause
        if w in _AUXILIARIES or i == 1 and not t.is_cap and w.endswith("ing") and "VERB" in _lemmas(w):
            return None  # a verb: the words after the preposition are a clause, not its object
        if len(words) > 1 and not t.is_cap and w.endswith(("ed", "ing")) and "VERB" in _lemmas(w) \
                and toks[i - 1].lower not in _DETERMINERS | _NEXT_PHRASE_STARTS and not _noun_phrase_word(toks, i):
            break  # 'to all barge traffic | carrying fuel': a participle phrase after the object starts
        if w in {"a", "an", "the"} | _POSSESSIVE:
            continue
        words.append(t.word)
    else:
        return None  # the clause ends inside the phrase: what follows is not known to end it
    while words and words[-1].lower() in _FUNCTION_END | {"and", "or", "-", "&"}:
        words.pop()
    last = _lemmas(words[-1].lower()) if words and not words[-1][:1].isupper() else {}
    if "ADJ" in last and ("NOUN" not in last or toks[i].word == ","):
        return None  # 'of its finest, (newest plants)': a noun phrase cut before its noun
    if infinitive and (len(words) < 3 or "VERB" in _lemmas(words[-1].lower()) and "NOUN" not in _lemmas(
            words[-1].lower()) or re.search(r"[’']s?$", words[-1]) or words[-1].lower() in _OBJECT_PRONOUNS):
        return None  # 'to congratulate (him)', 'to put ourselves', 'to attend a relative's (…)': no object said
    return words if len(words) >= 2 and content_terms(" ".join(words[1:])) else None


def _year_modifier(toks: list[Token], i: int, date: tuple[int, int]) -> bool:
    """Whether the year at token ``i`` names the kind of the noun after it and is no time of the act: not the date,
    after a determiner or 'of' and before a name or a noun ('of the 2011 Velmar sedans', 'of 2009 harbor fees'; not
    'in 2010, when …', 'since 2003.')."""
    if not re.fullmatch(r"(?:19|20)\d\d", toks[i].word) or _in_date(toks[i], date) or i + 1 >= len(toks) \
            or toks[i - 1].lower not in _DETERMINERS | {"of"}:
        return False
    nxt = toks[i + 1]
    return nxt.is_word and not _TIME_WORD.fullmatch(nxt.lower) and nxt.lower not in _FUNCTION_END | _PHRASE_START \
        and (nxt.is_cap or "NOUN" in _lemmas(nxt.lower))


def _noun_phrase_word(toks: list[Token], i: int) -> bool:
    """Whether the '-ed' or '-ing' word at token ``i``, after a noun inside a phrase, is a word of that noun phrase
    and no participle opening a phrase of its own: an '-ing' noun the phrase ends with ('for flood
    funding | in May', 'at the hearing.'), an '-ed' adjective before the noun it modifies ('of convertible preferred
    shares', 'on the delayed harbor hearing'); not a participle with its object or phrase ('traffic carrying fuel',
    'cranes damaged in the storm', 'cars recalled last year')."""
    w, nxt = toks[i].lower, toks[i + 1] if i + 1 < len(toks) else None
    lemmas = _lemmas(w)
    if w.endswith("ing"):
        return "NOUN" in lemmas and (nxt is None or not nxt.is_word or nxt.lower in _PHRASE_START | _MORE_STARTS
                                     | _NEXT_PHRASE_STARTS | {"of"})
    after = _lemmas(nxt.lower) if nxt is not None and nxt.is_word and not nxt.is_cap else {}
    return bool({"NOUN", "ADJ"} & set(after)) and "ADV" not in after and nxt.lower not in _FUNCTION_END \
        and not _TIME_WORD.fullmatch(nxt.lower)


#: nouns that say nothing without the infinitive after them ('in an attempt (to save …)', 'a bid (to buy …)')
_INFINITIVE_NOUNS = {"attempt", "attempts", "effort", "efforts", "bid", "order", "move", "push", "drive", "way", "chance",
                     "opportunity", "ability", "need", "permission", "decision", "plan", "plans", "campaign"}
#: verbs whose object a bare verb follows ('to see the plan fail', 'to let them go'): no phrase ends after the object
_SMALL_CLAUSE_VERBS = {"see", "watch", "hear", "let", "make", "help", "have", "get", "feel", "notice"}
#: pronouns that stand as an object: an infinitive that ends on one names no object a title can say
_OBJECT_PRONOUNS = {"him", "her", "them", "it", "us", "me", "you", "ourselves", "themselves", "itself", "himself",
                    "herself", "myself", "yourself", "yourselves", "one"}


def _with_next_phrase(text: str, clause: Clause, date: tuple[int, int], title: str) -> str:
    """``title`` with the phrase that followed its last words in the clause (past any time words) taken back when
    it fits :data:`MAX_TITLE` (:func:`_next_phrase`), or else its head (:func:`_phrase_head`): a headline uses its
    length for the act's object and where or at whom it was done ('Agency sends survey teams' → 'Agency sends survey
    teams to Utah'); when no form fits after the whole title, after the title without its plain adjectives
    (:func:`_title_without_adjectives`) if the phrase brings at least as many content words as they (short of room, a
    headline says where or of what the act was before how it looked: 'closure of consulate in Marwick', not 'early
    closure of consulate'). The title's last words are found as the clause writes them (:func:`_last_words`).
    Unchanged when the title is within 6 characters of the cap, when its last two words are not found once, in that
    order, in the clause after its verb, for an 'of' after a participle ('recording released | of a call') and for a
    verb's own second complement when the title is that verb's object alone ('blamed the collapse | on the
    builder')."""
    if len(title) > MAX_TITLE - 6:
        return title
    forms = _next_phrase_forms(text, clause, date, title)
    longer = next((" ".join([*title.split(), *form]) for form in forms
                   if len(" ".join([*title.split(), *form])) <= MAX_TITLE), "")
    bare = _title_without_adjectives(title.split())
    return longer or next((" ".join([*bare, *form]) for form in forms if len(" ".join([*bare, *form])) <= MAX_TITLE
                           and len(content_terms(" ".join(form[1:]))) >= len(title.split()) - len(bare)), title)


#: words before a number that open an amount, which a title keeps with it ('loan | up to $3 million', 'exposing |
#: over 9,000 patients')
_AMOUNT_LEAD = {("up", "to"), ("more", "than"), ("over",), ("nearly",), ("about",), ("almost",), ("some",),
                ("at", "least"), ("roughly",), ("approximately",)}
#: words that count the number before them ('$5 | billion', '12 | percent'): a number cut before one is no amount
_COUNT_UNITS = {"million", "billion", "trillion", "thousand", "hundred", "percent", "%", "dozen"}
#: words that open a clause a verb takes as its object ('to ensure | that …', 'after determining | whether …')
_CLAUSE_OBJECT = {"that", "whether", "what", "how", "which", "who"}
#: honorifics and abbreviated titles that stand before a name and say nothing without it ('testimony by Mr (Roe)')
_NAME_TITLES = {a for a in TITLE_ABBREVIATIONS if a not in {"ret", "tech", "det"}} | {"messrs", "mme"}
#: prepositions a title never ends on, beyond :data:`_FUNCTION_END` ('caused by rains within (the last year)')
_OPEN_PREPOSITIONS = {"like", "within", "despite", "including", "without", "among", "amid", "via", "toward",
                      "towards", "regarding", "concerning", "near", "across", "upon", "onto"}


def _closed_end(text: str, clause: Clause, title: str) -> str:
    """``title`` ending where a phrase ends, when its last word leaves open a phrase the text goes on with: a verb
    form whose object follows ('to loan | up to $3 million', 'leak exposing | over 9,000 patients', 'by
    sealing | and capping the shaft'), a modifier or an honorific whose noun follows ('warns affected
    past | and present tenants', 'testimony by Mr | . Roe'), a number whose count word follows ('raises $5 |
    billion'; a count of people is whole: 'kills 12'), or a preposition the clause goes on from. A headline says a
    phrase whole or not at all: the missing words are taken back when the title still fits :data:`MAX_TITLE`
    (:func:`_open_completion`), else the open phrase is left out (:func:`_without_open_phrase`) when what stays is
    a headline of its own (three words or more, not a stub, ending on a noun or a name). Unchanged when the
    title's last two words are not found once in the sentence (:func:`_last_words`), when nothing is left open (a
    verb without an object after it: 'votes to adjourn', 'to adjourn | until May'; a name; a number and its unit)
    or when no fix reads as a whole headline."""
    words = title.split()
    if len(words) < 3:
        return title
    stop = _sentence_end(text, clause.end)
    end = _title_end(text, clause, words, stop)
    if end < 0:
        return title
    after = tokens(text, end, min(stop, end + 200))
    if after and re.search(r"\n\s*\n", text[end : after[0].start]):
        after = []
    kind = _open_kind(words, after)
    if not kind:
        return title
    longer = _open_completion(words, after, kind)
    if longer and len(longer) <= MAX_TITLE:
        return longer
    shorter = _without_open_phrase(words, after, kind)
    return shorter or title


def _title_end(text: str, clause: Clause, words: list[str], stop: int) -> int:
    """Where a title's last two words end in the text from the clause's start to ``stop``, as the clause writes
    them (:func:`_last_words`) or with an '-ly' adverb the title left out between them ('for (voluntarily)
    requiring'); -1 unless found once."""
    found = list(_last_words(text, clause, words).finditer(text, clause.start, stop))
    if not found:
        adverb = re.compile(r"(?<![\w’'$])" + re.escape(words[-2]) + r"\s+[a-z]+ly\s+" + re.escape(words[-1])
                            + r"(?![\w’'])")
        found = list(adverb.finditer(text, clause.start, stop))
    return found[0].end() if len(found) == 1 else -1


def _open_kind(words: list[str], after: list[Token]) -> str:
    """What a title's last word leaves open given the tokens the text goes on with (:func:`_closed_end`): 'verb',
    'modifier', 'number', 'preposition' or ""."""
    last, raw = words[-1].lower().rstrip("."), words[-1]
    if last in _OPEN_PREPOSITIONS and after and after[0].is_word:
        return "preposition"
    if raw[:1].isupper() and last in _NAME_TITLES and after[:2] and (after[0].is_cap or after[0].word == "."
                                                                    and len(after) > 1 and after[1].is_cap):
        return "modifier"
    if not after or not (after[0].is_word or re.match(r"[$€£\d]", after[0].word)) or raw[:1].isupper():
        return ""
    lemmas = _lemmas(last)
    if re.fullmatch(r"[$€£]?\d[\d,.]*", raw) or last in NUMBER_WORDS:
        return "number" if after[0].lower in _COUNT_UNITS else ""  # 'raises $5 | billion'; 'kills 12' is whole
    if words[-2].lower() == "to" and last in lemmas.get("VERB", ()) and _object_after(after, last) and (
            "NOUN" not in lemmas or after[0].lower in _DETERMINERS | _CLAUSE_OBJECT or _amount_lead(after)):
        return "verb"  # ('to lend | the funds'; a noun after 'to' needs a clearer object: 'to traffic | and …')
    if last.endswith("ing") and "VERB" in lemmas and _object_after(after, last) and (
            "NOUN" not in lemmas or after[0].lower in _DETERMINERS | _CLAUSE_OBJECT or _amount_lead(after)
            or re.match(r"[$€£\d]", after[0].word) or after[0].lower in {"and", "or"} and len(after) > 1
            and after[1].lower.endswith("ing") and words[-2].lower() in _GERUND_PREPOSITIONS):
        return "verb"  # a noun in '-ing' is a verb after 'by' and before another '-ing' verb ('by drilling |
        # and lining the shaft'; not 'variety of testing | and shipping sites': two modifiers of a noun)
    if ("ADJ" in lemmas or last.endswith("ly") and "ADV" in lemmas) and "NOUN" not in lemmas \
            and "VERB" not in lemmas and _modified_noun(after):
        return "modifier"
    if "ADJ" in lemmas and not last.endswith("s") and after[0].lower in {"and", "or"} and len(after) > 2 \
            and "ADJ" in _lemmas(after[1].lower) and not after[1].is_cap and _modified_noun(after[2:]):
        return "modifier"  # 'warns affected past | and present tenants': both modify the noun after them
    return ""


#: words of a span of time ('two days | ago', 'months | prior'): what follows a title's last word as one says when,
#: never an object or a unit
_TIME_SPANS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "minute",
               "minutes", "night", "nights", "decade", "decades", "weekend", "ago", "prior", "later", "earlier"}
#: words that open a time phrase with the word of time after them ('last | week', 'this | morning')
_TIME_OPENERS = {"this", "last", "next", "early", "late", "that", "the", "each", "every", "a", "one", "two", "three",
                 "four", "five", "six", "several", "few", "earlier", "later"}


def _time_after(after: list[Token]) -> bool:
    """Whether ``after`` opens with words of time: a weekday, a month, a relative day ('today'), a span ('two
    days ago', 'last week', 'the night before', 'months prior')."""
    n = 0
    while n < len(after) and n < 2 and (after[n].lower in _TIME_OPENERS or re.fullmatch(r"\d+", after[n].word)):
        n += 1
    if n < len(after) and (after[n].lower in _TIME_SPANS or _TIME_WORD.fullmatch(after[n].lower.strip("."))):
        return True
    return n and n < len(after) and after[n].lower in {"before", "after"}


#: prepositions after which an '-ing' word is a verb with its own object ('by drilling and lining the shaft')
_GERUND_PREPOSITIONS = {"by", "after", "before", "while", "without", "upon", "when"}


def _amount_lead(after: list[Token]) -> int:
    """The number of words that open an amount at the start of ``after`` ('up to $5 billion': 2), 0 if none."""
    for lead in _AMOUNT_LEAD:
        n = len(lead)
        if tuple(t.lower for t in after[:n]) == lead and len(after) > n and (
                re.match(r"[$€£]?\d", after[n].word) or after[n].lower in NUMBER_WORDS):
            return n
    return 0


def _object_after(after: list[Token], verb: str = "") -> bool:
    """Whether ``after`` opens the object of the verb form ``verb``: an amount, a clause ('that …'), a noun phrase
    (a determiner, a number, a name, a noun or an adjective), or a second verb of the same form joined by 'and' or
    'or' with its own object ('sealing | and capping the shaft'; not 'to traffic | and reopened the bridge'); not
    a preposition, an adverb, a time word or punctuation."""
    if not after:
        return False
    first = after[0]
    w = first.lower
    if _amount_lead(after) or w in _CLAUSE_OBJECT:
        return True
    if w in {"and", "or"} and len(after) > 2 and not after[1].is_cap and _same_form(verb, after[1].lower):
        rest = after[3:] if after[2].lower in _PARTICLES and len(after) > 3 else after[2:]
        return _object_after(rest)
    if not (first.is_word or re.match(r"[$€£\d]", first.word)) or _time_after(after) \
            or w in _FUNCTION_END - _DETERMINERS | _PHRASE_START | _MORE_STARTS | _PARTICLES:
        return False
    if w in _DETERMINERS or re.match(r"[$€£\d]", first.word) or w in NUMBER_WORDS or first.is_cap:
        return True
    lemmas = _lemmas(w)
    return ("NOUN" in lemmas or "ADJ" in lemmas) and not w.endswith("ly") and not _verbish(first)


def _same_form(verb: str, other: str) -> bool:
    """Whether ``other`` is a verb in the form of ``verb``: both '-ing' forms, or both base forms."""
    if "VERB" not in _lemmas(other):
        return False
    if verb.endswith("ing"):
        return other.endswith("ing")
    return other in _lemmas(other).get("VERB", ()) and verb in _lemmas(verb).get("VERB", ())


def _modified_noun(after: list[Token]) -> bool:
    """Whether ``after`` goes on with the noun a modifier needs: a lower-case noun or adjective ('past |
    tenants'), or 'and' or 'or' and another modifier of it ('past | and present tenants')."""
    if after and after[0].lower in {"and", "or"}:
        after = after[1:]
        if not after or "ADJ" not in _lemmas(after[0].lower):
            return False
    if not after or after[0].is_cap or not after[0].is_word:
        return False
    lemmas = _lemmas(after[0].lower)
    return bool({"NOUN", "ADJ"} & set(lemmas)) and after[0].lower not in _FUNCTION_END and not _verbish(after[0]) \
        and not _TIME_WORD.fullmatch(after[0].lower)


def _noun_phrase(after: list[Token]) -> list[str]:
    """The words of the noun phrase that opens ``after`` as a headline writes it (no article), up to its last noun,
    name or counted number: amount words, numbers, names, adjectives and nouns, an 'and' or 'or' between two
    modifiers; [] when it ends on no noun (punctuation, a preposition, a verb or a time word come first)."""
    out: list[str] = []
    ends = 0
    for i, t in enumerate(after[:8]):
        w = t.lower
        if _time_after(after[i:]) or w in _TIME_OPENERS - {"a", "the", "one", "two", "three", "four", "five", "six",
                                                           "several", "few", "each", "every"}:
            break  # 'by Mr. Roe | last week': the time words are no part of the phrase
        if i and t.start > after[i - 1].end + 1:
            if "\n" in t.word or not t.is_word and not re.match(r"[$€£\d]", t.word):
                break
        if t.word == "." and i and after[i - 1].lower in _NAME_TITLES:
            out[-1] += "."
            continue
        if w in {"a", "an", "the"} and not out:
            continue
        if w in {"and", "or"} and out and i + 1 < len(after) and "ADJ" in _lemmas(after[i - 1].lower) \
                and "ADJ" in _lemmas(after[i + 1].lower) and not after[i + 1].is_cap:
            out.append(t.word)
            continue
        if re.fullmatch(r"[$€£]?\d[\d,.]*%?", t.word) or w in set(NUMBER_WORDS) | _COUNT_UNITS \
                or any(tuple(u.lower for u in after[i : i + len(lead)]) == lead for lead in _AMOUNT_LEAD) and not out \
                or w in {"to", "than", "least"} and out and (out[-1].lower(), w) in {("up", "to"), ("more", "than"),
                                                                                     ("at", "least")}:
            out.append(t.word)
            ends = len(out) if w in _COUNT_UNITS or re.search(r"\d", w) and i + 1 < len(after) and \
                after[i + 1].lower not in _COUNT_UNITS and not _lemmas(after[i + 1].lower).get("NOUN") else ends
            continue
        if t.is_cap and t.is_word and not _TIME_WORD.fullmatch(w.strip(".")) and w not in _STOPWORDS_CAP:
            out.append(t.word)
            ends = len(out)
            continue
        lemmas = _lemmas(w)
        if not t.is_word or w in _FUNCTION_END | _PHRASE_START | _MORE_STARTS | _HARD_STOP or _verbish(t) \
                or _TIME_WORD.fullmatch(w) or not {"NOUN", "ADJ"} & set(lemmas) or w.endswith("ly"):
            break
        if len(out) and out[-1][:1].islower() and "NOUN" in _lemmas(out[-1].lower()) and "ADJ" not in lemmas \
                and w.endswith(("ing", "ed")) and "VERB" in lemmas:
            break  # 'material | leaking from …': a participle after the noun opens a phrase of its own
        out.append(t.word)
        ends = len(out) if "NOUN" in lemmas else ends
    return out[:ends]


def _open_completion(words: list[str], after: list[Token], kind: str) -> str:
    """The title with the words its open end needs taken back from the text: the object of a verb form (a second
    verb joined to it and that verb's object: 'by sealing and capping shaft'), the noun of a modifier, the
    name after an abbreviated title ('Sen. Roe'; 'Roe' for 'Mr. Roe', as a headline writes it), a number's unit;
    "" when they end on no noun (a clause: 'to ensure | that …')."""
    if kind == "preposition" or after and after[0].lower in _CLAUSE_OBJECT:
        return ""
    lead: list[str] = []
    if kind == "verb" and after and after[0].lower in {"and", "or"}:
        n = 3 if len(after) > 3 and after[2].lower in _PARTICLES else 2
        lead, after = [t.word for t in after[:n]], after[n:]
    if kind == "modifier" and after and after[0].word == ".":
        words, after = words[:-1] + [words[-1] + "."], after[1:]
    if kind == "modifier" and words[-1].lower() in _HONORIFICS | {"mr", "mrs", "ms", "messrs", "messrs.", "mme"}:
        words = words[:-1]  # a headline names 'Roe', not 'Mr. Roe' (:func:`_compressed`)
    phrase = _noun_phrase(after)
    if kind == "number":
        phrase = phrase[:1] if phrase and (after[0].lower in _COUNT_UNITS or "NOUN" in _lemmas(after[0].lower)) else []
    return " ".join([*words, *lead, *phrase]) if phrase else ""


def _without_open_phrase(words: list[str], after: list[Token], kind: str) -> str:
    """The title without its open end when what stays is a headline of its own: an infinitive of purpose after
    the act's object ('authorizes bank of Leeds | to lend'; not one a verb, an adjective or a noun like 'need'
    governs: 'agrees to limit', 'need to ensure'), an '-ing' verb after a noun or after a preposition that follows
    one ('reports leak | exposing', 'inspects plant | after learning'), a modifier or honorific with the
    preposition before it, a number with its preposition, a preposition. For a modifier joined to another before
    their noun ('warns affected past | and present tenants'), the title's words with their noun instead
    ('warns affected tenants'; without the title's modifiers before it when only so it fits: 'warns tenants').
    "" when no such headline is left."""
    if kind == "number":
        return ""  # 'Quake kills 12': the count stands alone; only its unit is taken back
    head = list(words[:-1])
    if kind == "modifier" and after and after[0].lower in {"and", "or"}:
        noun = _noun_phrase(after[1:])
        while noun and len(head) > 3 and len(" ".join([*head, noun[-1]])) > MAX_TITLE \
                and head[-1][:1].islower() and "ADJ" in _lemmas(head[-1].lower()):
            head = head[:-1]  # 'warns (affected) tenants': the noun's other modifiers go first
        if noun and "NOUN" in _lemmas(noun[-1].lower()) and len(" ".join([*head, noun[-1]])) <= MAX_TITLE:
            return " ".join([*head, noun[-1]])
        head = list(words[:-1])
    if kind == "verb" and words[-2].lower() == "to":
        head = head[:-1]
        if not head or head[-1].lower() in _INFINITIVE_NOUNS or not _noun_end(head[-1]):
            return ""
    elif kind == "verb":
        while head and head[-1].lower() in {"not", "by", "after", "before", "in", "on", "for", "from", "while",
                                            "without", "of", "with", "upon"}:
            head = head[:-1]
    while head and (head[-1].lower().strip(",;:") in _FUNCTION_END | _OPEN_PREPOSITIONS | _MORE_STARTS
                    or not re.search(r"\w", head[-1])):
        head = head[:-1]
    out = " ".join(head)
    if kind == "modifier" and head and head[-1][:1].islower() and "ADJ" in _lemmas(head[-1].lower()):
        return ""  # 'warns affected (past)': another modifier without its noun
    if len(head) < 3 or not _noun_end(head[-1]) or stub_title(out) or not any(
            w[:1].islower() and w.lower() not in _FUNCTION_END for w in head[1:-1]):
        return ""  # 'Dan Roe plans (on requesting)': the verb alone after the subject's names
    return out


def _noun_end(word: str) -> bool:
    """Whether a title may end on ``word``: a name, a number or a noun (not a verb or adjective alone)."""
    w = word.lower().strip(",;:")
    if word[:1].isupper() or re.search(r"\d", word):
        return True
    lemmas = _lemmas(w)
    return "NOUN" in lemmas and not (w.endswith("ing") and "VERB" in lemmas and w not in lemmas.get("NOUN", ()))


#: adverbs of degree: the adjective after one stays with it ('most important', 'very large')
_DEGREE_WORDS = {"most", "more", "less", "least", "very", "so", "too", "as", "highly", "extremely"}
#: an ordinal number ('first', 'tenth', '21st'), which says which one and stays in a title
_ORDINAL = re.compile(r"first|second|third|\w+th|\d+(?:st|nd|rd|th)")


def _title_without_adjectives(words: list[str]) -> list[str]:
    """A title's words without the plain adjectives inside it (lower-case words that are adjectives only, not its
    first two words nor its last), which a headline leaves out to make room for where or to whom the act was done
    ('attributes (massive) cyberattack to Freedonia', 'receives (multiple) reports of ransomware infections')."""
    return [w for k, w in enumerate(words)
            if k < 2 or k == len(words) - 1 or w[:1].isupper() or not w.isalpha() or not _adjective(w)
            or w.lower() in _PARTICLES | _FUNCTION_END or _ORDINAL.fullmatch(w.lower())
            or words[k - 1].lower() in _DEGREE_WORDS]


def _next_phrase_forms(text: str, clause: Clause, date: tuple[int, int], title: str) -> list[list[str]]:
    """The forms of the phrase :func:`_with_next_phrase` would take back after ``title``, longest first: the
    whole phrase and its head; [] when there is none."""
    words = title.split()
    if len(words) < 2:
        return []
    body = text[clause.start : clause.end]
    found = list(_last_words(text, clause, words).finditer(body))
    if len(found) != 1:
        return []
    end = clause.start + found[0].end()
    if end <= clause.verb[0] or end >= clause.end:
        return []
    phrase = _next_phrase(text, _past_time_words(tokens(text, end, min(len(text), end + 300)), date), date)
    if not phrase or phrase[0].lower() in _VERB_WITH_PHRASE.get(clause.verb_lemma, ()) and not any(
            clause.verb_lemma in _lemmas(w.lower()).get("VERB", ()) for w in words):
        return []  # 'blamed the collapse | on the builder': the phrase is the verb's, which the title leaves out
    last = _lemmas(words[-1].lower())
    if phrase[0].lower() == "of" and "VERB" in last and "NOUN" not in last:
        return []  # 'recording released | of an exchange': the 'of' phrase is the subject's, not the verb's
    head = _phrase_head(phrase)
    forms = (phrase, _without_adjectives(phrase), head, _without_adjectives(head))
    return [list(f) for f in dict.fromkeys(tuple(form) for form in forms if form)]


def _without_adjectives(phrase: list[str]) -> list[str]:
    """A taken-back phrase without the plain adjectives before its nouns, as a headline short of room writes it
    ('on (the latest) energy bill report', 'of (remote) southern waters' → 'of waters'): lower-case words that are
    adjectives only (no noun or verb reading), never its last word; [] when none is left out or no content word
    stays after the preposition."""
    kept = [w for k, w in enumerate(phrase)
            if k == 0 or k == len(phrase) - 1 or w[:1].isupper() or not _adjective(w) or not w.isalpha()
            or w.lower() in _PARTICLES | _FUNCTION_END or _ORDINAL.fullmatch(w.lower())
            or phrase[k - 1].lower() in _DEGREE_WORDS]
    return kept if len(kept) < len(phrase) and len(kept) >= 2 and content_terms(" ".join(kept[1:])) else []


def _last_words(text: str, clause: Clause, words: list[str]) -> re.Pattern:
    """The pattern of a title's last two words as its clause writes them: an article or possessive may stand
    between them, an amount may open them ('buys | $40 billion'), and the verb the title puts in its headline form
    is matched as written ('hold hearing' for 'held a hearing', 'approves plan' for 'has approved the plan')."""
    first = re.escape(words[-2])
    lemma = clause.verb_lemma
    written = text[clause.verb[0] : clause.verb[1]].split() if clause.verb != (0, 0) else []
    if lemma and written and words[-2].lower() in {lemma, third_person(lemma)} \
            and written[-1].lower() != words[-2].lower():
        first = f"(?:{first}|{re.escape(written[-1])})"
    return re.compile(r"(?<![\w’'$])" + first + r"\W+(?:(?:the|a|an|its|their|his|her)\s+)?"
                      + re.escape(words[-1]) + r"(?![\w’'])", re.I if first.startswith("(?:") else 0)


#: a name the article writes with its short form in brackets right after it ('the Harbor Safety Board (HSB)')
_DEFINED_NAME = re.compile(r"((?:[A-Z][\w’'.&-]*[ \t]+(?:(?:of|for|and|on|the|&)[ \t]+)*){1,8}[A-Z][\w’'-]*)"
                           r"[ \t]*\([ \t]*([A-Z][A-Za-z&]{1,7})[ \t]*\)")


@functools.lru_cache(maxsize=8)
def _defined_acronyms(text: str) -> dict[str, str]:
    """The names ``text`` gives a short form in brackets, and that form ('Harbor Safety Board (HSB)' → {'Harbor
    Safety Board': 'HSB'}; 'North Atlantic Harbor Council (NHC)': the letters need not be every word's): the
    name from the first word whose initial opens the acronym and whose words' initials hold all its capitals in
    order, at least half as many as the name's capitalised words; only a short form the article goes on to use
    (twice outside brackets), and not one of a name given two short forms."""
    found: dict[str, set[str]] = {}
    for m in _DEFINED_NAME.finditer(text):
        words, letters = m.group(1).split(), re.sub(r"[^A-Z]", "", m.group(2))
        for i, w in enumerate(words):
            if w[:1] != letters[:1]:
                continue
            name = words[i:]
            initials, k = [x[:1].upper() for x in name], 0
            for c in initials:
                k += k < len(letters) and c == letters[k]
            capitals = sum(x[:1].isupper() for x in name)
            if k == len(letters) and 2 * len(letters) >= capitals and len(name) >= 2:
                found.setdefault(" ".join(name), set()).add(m.group(2))
            break
    return {name: next(iter(forms)) for name, forms in found.items() if len(forms) == 1
            and len(re.findall(r"(?<![\w(])%s(?![\w)])" % re.escape(next(iter(forms))), text)) >= 2}


def _surname_alone(text: str, surname: str) -> bool:
    """Whether ``text`` writes ``surname`` without a given name before it at least once: after a lower-case word or
    an office or honorific ('the bill Roe filed', 'Senator Roe', 'Mr. Roe')."""
    for m in re.finditer(r"(\S+)[ \t]+%s(?![\w’'-])" % re.escape(surname), text):
        before = m.group(1)
        if before[:1].islower() and before.isalpha() or before.lower().strip(".,") in _ROLE_WORDS | _RANKS:
            return True
    return False


def _one_person(text: str, surname: str) -> bool:
    """Whether ``text`` writes the surname after one given name only (not two brothers: 'Dan Roe', 'Jim Roe')."""
    given = {m.group(1) for m in re.finditer(r"\b([A-Z][a-z]+)[ \t]+(?:[A-Z]\.[ \t]+)?%s\b" % re.escape(surname), text)
             if _given_name(f"{m.group(1)} {surname}")}
    return len(given) <= 1


#: a person's name in a clause: a given name, an optional middle name or initial and the surname, on one line (an
#: honorific before it: 'Dr. Jane Roe'), not followed by another capitalised word ('Jane Roe Institute')
_FULL_NAME = re.compile(r"(?<![\w.’'-])(?:Dr\.?[ ]+)?(?P<given>[A-Z][^\W\d_A-Z]+)(?:[ ]+(?:[A-Z]\.|[A-Z][^\W\d_A-Z]+))?"
                        r"[ ]+(?P<surname>[A-Z][^\W\d_A-Z]+(?:[’'-][A-Z]?[^\W\d_A-Z]+)?)(?![\w’'-])(?![ ]+[A-Z])")


def _short_text(text: str, clause: Clause) -> tuple[str, dict[str, str]]:
    """``text`` with the long names of the clause written as the article shortens them, padded with spaces so every
    offset stays: a name the article gives a bracketed acronym as that acronym (:func:`_defined_acronyms`), a
    person's full name as the surname when the article calls the person by it alone (:func:`_called_by_surname`,
    :func:`_surname_alone`) and writes no other given name before it ('Dr. Jane M. Roe' → 'Roe'; a given name no
    dictionary word, the surname no time word: not 'Congress Thursday'); and the names so shortened, each with its
    short form ({} when none)."""
    body, names = text[clause.start : clause.end], {}
    for name, short in sorted(_defined_acronyms(text).items(), key=lambda kv: -len(kv[0])):
        words = [w for w in name.split() if w.lower() != "the"]
        if len(" ".join(words)) <= len(short) + 3:
            continue
        pattern = r"(?<![\w’'-])" + r"\s+(?:the\s+)?".join(map(re.escape, words)) + r"(?![\w’'-])(?![ \t]*\()"
        if re.search(pattern, body):
            body = re.sub(pattern, lambda m: short.ljust(len(m.group(0))), body)
            names[name] = short

    def surname(m: re.Match) -> str:
        name = m.group(0).removeprefix("Dr.").removeprefix("Dr").strip()
        last = m.group("surname")
        if not _given_name(f"{m.group('given')} {last}") or _lemmas(m.group("given").lower()) \
                or m.group("given").lower() in _STOPWORDS_CAP | _FUNCTION_END | _ROLE_WORDS \
                or last.lower() in _ROLE_WORDS | _GENERIC_ORG | _GENERIC_HEADS \
                or _TIME_WORD.fullmatch(last.lower()) or not _one_person(text, last) \
                or not (_called_by_surname(text, name) or _surname_alone(text, last)):
            return m.group(0)
        names[name] = last
        return last.ljust(len(m.group(0)))

    body = _FULL_NAME.sub(surname, body)
    return text[: clause.start] + body + text[clause.end :], names


def _says_more(title: str, other: str, names: dict[str, str]) -> bool:
    """Whether ``other``, the title of the text with ``names`` in their short forms, says more than ``title``: it
    holds a content word ``title`` lacks besides the short forms, loses none besides the names' words, and goes on
    past the last word of ``title`` (the room made is used for more of what was done) or ``title`` ends inside a
    name shortened."""
    longer = set(content_terms(" ".join(names)))
    shorter = set(content_terms(" ".join(names.values())))
    was, now = set(content_terms(title)), set(content_terms(other))
    end = title.split()[-1] if title.split() else ""
    cut = any(end.strip(".") in [w.strip(".") for w in name.split()] for name in names)  # 'Jury finds Jane M. Roe and Dan K': cut inside a name
    return bool(now - was - shorter) and not (was - now) - longer and (cut or end in other.split()[:-1])


#: verbs whose second complement is a phrase with these prepositions ('blame X on Y', 'send X to Y', 'thank X for
#: Y'): a title that is their object alone does not take that phrase
_VERB_WITH_PHRASE = {
    **dict.fromkeys(["blame", "spend", "focus", "impose", "base", "pin", "lay", "cast"], {"on", "onto"}),
    **dict.fromkeys(["send", "move", "bring", "give", "hand", "pass", "shift", "transfer", "add", "attribute",
                     "return", "deliver", "ship", "mail", "lend", "sell", "offer", "tie", "link", "relate", "limit",
                     "extend", "expand", "owe", "apply", "divert", "raise", "lower", "cut", "reduce", "increase",
                     "change", "convert", "turn", "take", "compare", "connect", "supply", "provide"],
                    {"to", "into", "from", "with", "by"}),
    **dict.fromkeys(["thank", "praise", "criticize", "charge", "use"], {"for", "with"}),
    **dict.fromkeys(["protect", "prevent", "save"], {"from"}),
    **dict.fromkeys(["put", "place", "invest", "involve"], {"in", "into", "on", "at"}),
}


#: nouns whose 'of' phrase is what they count or stand for: no phrase ends before it ('thousands (of people)')
_OF_HEADS = QUANTIFIERS | set(NUMBER_WORDS) | {"behalf", "series", "number", "lot", "lots", "kind", "type", "part",
                                               "percent", "total", "group", "bunch", "pair", "couple", "rest",
                                               "list", "set", "range", "variety", "piece", "share", "portion"}


#: nouns of a part or a side of something, which say nothing without their 'of' phrase ('in the north (of the
#: city)', 'at the start (of the search)'): no phrase head ends before it
_PART_NOUNS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "start", "end",
               "middle", "rest", "heart", "edge", "outskirts", "side", "centre", "center", "top", "bottom", "front",
               "back", "beginning", "remainder", "tip"}


def _head_ends(phrase: list[str], k: int) -> bool:
    """Whether the phrase's head noun ends before ``phrase[k]``: an 'of' after a lower-case noun that counts
    nothing ('victims | of the attack'; not 'thousands of', 'Office of Management'), or an 'and' after a noun
    that joins no two names ('repairs | and new roads'; not 'live and virtual', 'Transport and Energy')."""
    prev, w = phrase[k - 1], phrase[k]
    lemmas = _lemmas(prev.lower())
    if w == "of":
        return not prev[:1].isupper() and prev.lower() not in _OF_HEADS | _PART_NOUNS and not prev[:1].isdigit() \
            and "NOUN" in lemmas
    return w == "and" and "NOUN" in lemmas and "ADJ" not in lemmas \
        and not (prev[:1].isupper() and phrase[k + 1][:1].isupper())


def _phrase_head(phrase: list[str]) -> list[str]:
    """A taken-back phrase cut where its head noun ends (:func:`_head_ends`: 'for victims (of the bombings)', 'for
    repairs (and new roads)'), when a content word is left after the preposition; [] otherwise."""
    cut = next((k for k, w in enumerate(phrase) if 1 < k < len(phrase) - 1 and _head_ends(phrase, k)), 0)
    head = phrase[:cut]
    while head and head[-1].lower() in _FUNCTION_END:
        head.pop()
    return head if len(head) >= 2 and content_terms(" ".join(head[1:])) else []


#: a link's label a saved page glues to the word before it ('was amendedExternal Web Site Icon', 'the reportPDF
#: Icon', 'rulesLink is external'): page furniture, no word of the title
_LINK_FURNITURE = re.compile(r"(?<=[a-z.,;:)])(?:External\s+(?:Web\s+Site\s+|Link\s+)?Icon|External\s+Link|"
                             r"PDF\s+Icon|Link\s+is\s+external|Opens\s+in\s+(?:a\s+)?new\s+window)\b\.?")
#: an acronym spelled out letter by letter with hyphens, as a broadcast transcript writes it ('the W-H-O'): 'WHO'
_SPELLED_ACRONYM = re.compile(r"\b[A-Z](?:-[A-Z]){2,5}\b(?!-)")


def _read_as_written(title: str) -> str:
    """``title`` without link furniture glued to its words and with spelled-out acronyms written whole ('Order was
    amendedExternal Web Site Icon' → 'Order was amended'; 'W-H-O declares …' → 'WHO declares …')."""
    title = _LINK_FURNITURE.sub("", title)
    return _SPELLED_ACRONYM.sub(lambda m: m.group(0).replace("-", ""), title).strip(" ,;:")


#: an initialism written with dots at the end of a title, its last full stop taken off ('in U.S', 'at A.I.G')
_DOTLESS_INITIALISM = re.compile(r"(?<![\w.])(?:[A-Z]\.)+[A-Z]$")


#: a title that opens with the speaker's own 'I' ('I want to extend …', "I'd like to share", 'I told colleagues …')
_I_TITLE = re.compile(r"I(?:[’'](?P<aux>d|m|ve|ll))?[ ]+(?P<verb>[a-z]+)\b")
#: what a contracted auxiliary after 'I' is for a named speaker
_I_AUX = {"d": "would", "m": "is", "ve": "has", "ll": "will"}
#: first-person forms of 'be' and 'have' and modals, as a named speaker's
_I_VERB = {"am": "is", "was": "was", "have": "has", "had": "had", "can": "can", "could": "could", "will": "will",
           "would": "would", "should": "should", "must": "must", "may": "may", "might": "might", "shall": "shall"}


def _named_first_person(text: str, clause: Clause, title: str) -> str:
    """``title`` with the 'I' it opens with replaced by the speaker the page names for it (a transcript's label, a
    release's lead, a speech page's head: :func:`_speaker_label`, :func:`_release_speaker`, :func:`_header_speaker`)
    and its verb made third person (*I want to extend condolences* → *Roe wants to extend condolences*; *I'd like
    to share* → *Roe would like to share*; a past verb in the headline present, *I told* → *Roe tells*); it may grow
    past :data:`MAX_TITLE` until an office is named by its holder. Unchanged when no speaker is named, when 'I' is
    inside a quotation attributed to someone else, or the verb is not known."""
    m = _I_TITLE.match(title)
    lead = _LABEL.match(text, clause.start)  # the speaker's label opens the sentence: 'ROE: I am here to …'
    if m is None and _after_own_i(text, clause, title) and not _attributed_quote(text, clause.start):
        who = _speaker_label(text, lead.end() if lead else clause.start) or _release_speaker(text, clause.start) \
            or _header_speaker(text, clause.start)  # 'I was briefed by …': 'Roe briefed by …', not 'Briefed by …'
        return f"{who} {_own_predicate(title)}" if who else title
    if m is None or _attributed_quote(text, clause.start):
        return title
    who = _speaker_label(text, lead.end() if lead else clause.start) or _release_speaker(text, clause.start) \
        or _header_speaker(text, clause.start)
    if not who:
        return title
    here = _HERE_TO.match(title, m.end("verb") if not m.group("aux") else m.end("aux"))
    if here and (m.group("aux") == "m" or m.group("verb") == "am") and "VERB" in _lemmas(here.group(1)):
        return f"{who} {third_person(here.group(1))}{title[here.end(1):]}"  # 'I'm here to give an update': gives
    if m.group("aux"):
        return f"{who} {_I_AUX[m.group('aux')]}{title[m.end('aux'):]}"
    low = m.group("verb")
    verb = _I_VERB.get(low) or next((verb_forms(v).get("VBZ", ("",))[0] for v in _lemmas(low).get("VERB", ())
                                     if low == v or low in verb_forms(v).get("VBD", ())), "")
    return f"{who} {verb}{title[m.end('verb'):]}" if verb else title


#: 'here to V' after the speaker's 'I am': the act the speaker came to do ('I am here to brief you' → 'briefs')
_HERE_TO = re.compile(r"(?:\s+am)?\s+here\s+to\s+([a-z]+)\b")


#: the speaker's own 'I' as a clause's subject, with the auxiliaries and adverbs between it and the predicate
_OWN_I = re.compile(r"(?:^|[\s,;:(“\"])I(?:[’'](?:m|ve|d|ll))?(?:\s+(?:am|was|have|had|has|will|would|also|then|"
                    r"therefore|just|again|already|recently|personally|[a-z]+ly))*\s+$")


def _own_predicate(title: str) -> str:
    """A predicate of the speaker's 'I' as a named speaker's, in the third person ('Rise to begin process' → 'begins
    process': the act a member rises to do; 'Rise in support of bill' → 'supports bill'; 'Want to thank staff' →
    'wants to thank staff')."""
    words = title.split()
    low = words[0].lower()
    if low == "rise" and len(words) >= 3 and words[1] == "to" and "VERB" in _lemmas(words[2]):
        return " ".join([third_person(words[2]), *words[3:]])
    if low == "here" and len(words) >= 3 and words[1] == "to" and "VERB" in _lemmas(words[2]):
        return " ".join([third_person(words[2]), *words[3:]])  # 'Here to brief on works': the act the speaker came for
    if low == "rise" and words[1:4] == ["in", "support", "of"] and len(words) > 4:
        return " ".join(["supports", *words[4:]])
    base = "VERB" in _lemmas(low) and low in _lemmas(low)["VERB"] and not low.endswith(("ed", "ing"))
    return " ".join([third_person(low) if base else low, *words[1:]])


def _after_own_i(text: str, clause: Clause, title: str) -> bool:
    """Whether ``title`` is a predicate without its subject, the speaker's own 'I' ('I was briefed by the team' →
    'Briefed by team'): its first word is written in lower case in the clause, right after 'I' and the
    auxiliaries or adverbs that follow it."""
    first = title.split()[0] if title.split() else ""
    if not first[:1].isupper() or first[1:2].isupper():
        return False
    found = re.search(r"\b%s\b" % re.escape(first[:1].lower() + first[1:]), text[clause.start : clause.end])
    at = clause.start + found.start() if found else clause.verb[0] if clause.verb != (0, 0) and first.lower() in \
        {clause.verb_lemma, third_person(clause.verb_lemma)} else -1  # 'I spoke with …': 'Speaks with …'
    return at >= clause.start and bool(_OWN_I.search(text[clause.start : at]))


def _with_initialism_dot(title: str) -> str:
    """``title`` with the last full stop of an initialism that ends it ('… sales in U.S' → '… sales in U.S.'), which
    the strip of a title's final punctuation took off; unchanged when the stop would not fit :data:`MAX_TITLE`."""
    if _DOTLESS_INITIALISM.search(title) and len(title) < MAX_TITLE:
        return title + "."
    return title


def _without_cut_word(text: str, title: str, clause_end: int) -> str:
    """``title`` without the last word of a text cut off mid-word, when the title ends with it: a text that ends
    on a lower-case word no dictionary knows, without a full stop ('… declared a state of e'), gives 'declares
    state', not 'declares state of e'; unchanged when the titled clause (ending at ``clause_end``) does not reach
    the text's end, or when at least two words would not be left."""
    last = len(text.rstrip())
    if clause_end < last:
        return title
    end = re.search(r"(?<![\w’'-])([a-z]+)$", text[max(0, last - 60) : last])
    words = title.split()
    if not end or not words or words[-1] != end.group(1) or _lemmas(end.group(1)):
        return title
    words.pop()
    while words and words[-1].lower() in _FUNCTION_END:
        words.pop()
    return " ".join(words) if len(words) >= 2 else title


#: offices a headline names by their holder ('President signs bill' → 'Roe signs bill'), when a title opens with one
#: alone (a place's abbreviation before it: 'U.S. Secretary to fly …')
_OFFICE_ALONE = re.compile(r"^(?:(?:[A-Z]\.){2,}\s+)?(President|Secretary|Governor|Mayor|Chancellor|Premier|"
                           r"Senator|Speaker|Chairman|Chairwoman|Commissioner|Administrator|Ambassador)\s+(?=[a-z])(?!(?:of|for|and|or|general)\b)")


#: words before an office that make it another one ('Vice President', 'Deputy Mayor', 'former Governor')
_OTHER_OFFICE = re.compile(r"\b(?:vice|deputy|assistant|under|press|lieutenant|acting|former|ex)[\s-]*$", re.I)


def _office_named(text: str, title: str, written: str = "") -> str:
    """``title`` with the office it opens with alone replaced by the surname of the one person the article names
    with that office ('the President' of a release that writes 'President Jane Roe' elsewhere: 'Roe signs bill';
    'Secretary of State Dan Poe': 'Poe'); unchanged when the article names no one so (a 'Vice President' or
    'former Mayor' holds another office), or more than one person (a release naming two presidents), or the title
    would grow past :data:`MAX_TITLE`, or the clause ``written`` names the office as any holder of it ('a President
    first visited the island in 1966': not the article's president). The name must hold THAT office as the page
    writes it: an office qualified in the title or the clause ('U.S. Secretary') takes no holder qualified
    otherwise ('Ruritanian Foreign Secretary Dan Poe'; :func:`_office_qualifier`), and a person a sentence names
    beside the bare office is another one ('The Secretary had a call with Foreign Secretary Poe';
    :func:`_beside_office`): a page names foreign office-holders by their own titles, which share a word with
    the office of its own principal."""
    alone = _OFFICE_ALONE.match(title)
    if not alone:
        return title
    office = alone.group(1)
    if re.search(r"\b(?:a|an|one|any|every|each|no)\s+(?:(?:[A-Z]\.){2,}\s+)?%s\b" % office, written, re.I):
        return title
    named = re.compile(r"\b%s(?:[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w’'-]+(?:[ \t]+(?:and[ \t]+)?[A-Z][\w’'-]+)?)?"
                       r"[ \t]+((?:[A-Z](?:[\w’'-]+|\.)[ \t]+){0,3}[A-Z][\w’'-]+)" % office)  # a name on one line
    qualifier = _office_qualifier(title, alone.start(1)) or _written_qualifier(written, office)
    names = [m.group(1).split() for m in named.finditer(text)
             if not _OTHER_OFFICE.search(text, max(0, m.start() - 12), m.start())  # not 'Vice President Lee'
             and (not qualifier or _office_qualifier(text, m.start()) in {"", qualifier})]  # not 'UK Secretary Poe'
    others = _beside_office(text, office) | set(title.split())  # ('President meets President Lee': not Lee)
    for last in (False, True):  # a final -s verb form: a surname ('Mayor Jo Banks') unless that names two holders
        surnames = {n for n in (_holder_surname(name, last) for name in names)
                    if n and n.lower() not in _STOPWORDS_CAP | _ROLE_WORDS | _GENERIC_ORG | _GENERIC_HEADS
                    and n not in others}
        if len(surnames) == 1:
            break
    if len(surnames) != 1:
        return title
    out = next(iter(surnames)) + " " + title[alone.end() :]
    return out if len(out) <= MAX_TITLE else title


#: words that end the qualifier read before an office ('Statement by U.S. Secretary …': 'U.S.', not 'by U.S.')
_QUALIFIER_STOPS = {"by", "of", "from", "with", "to", "for", "said", "says"}


def _office_qualifier(text: str, at: int) -> str:
    """The qualifier written right before the office at ``text[at]`` on its line, the capitalised words or
    initialisms that say whose office it is ('Ruritanian Foreign Secretary' → 'ruritanian foreign', 'U.S. Secretary' →
    'us'), lower case without full stops; "" when an article, a function word or the line's start comes first."""
    words = []
    for word in reversed(re.split(r"[ \t]+", text[max(0, at - 60) : at].rsplit("\n", 1)[-1].strip())):
        if not re.fullmatch(r"(?:[A-Z](?:\.[A-Z])*\.?|[A-Z][\w’'-]*)", word) or len(words) == 3 \
                or word.lower() in _STOPWORDS_CAP | _QUALIFIER_STOPS:
            break
        words.insert(0, word.replace(".", "").lower())
    return " ".join(words)


def _written_qualifier(written: str, office: str) -> str:
    """The qualifier (:func:`_office_qualifier`) of the first ``office`` the clause ``written`` names ('the U.S.
    Secretary will fly' → 'us'); "" when it names it bare or not at all."""
    found = re.search(r"\b%s\b" % office, written)
    return _office_qualifier(written, found.start()) if found else ""


def _beside_office(text: str, office: str) -> set[str]:
    """The capitalised words of the sentences in which ``text`` writes the office bare ('the Secretary') besides
    its own words and a name set off by commas right after it ('the Secretary, Dan Poe,'): a person a sentence
    names beside the office's holder is another one ('The Secretary had a call with Foreign Secretary Poe': Poe is
    not the Secretary)."""
    words: set[str] = set()
    bare = re.compile(r"\b[Tt]he[ \t]+(?:(?:[A-Z]\.){2,}[ \t]+)?%s\b(?![ \t]+(?:of\b|[A-Z]))"
                      r"(?:[ \t]*,[ \t]*(?:[A-Z][\w.’'-]*[ \t]+){0,3}[A-Z][\w’'-]+[ \t]*,)?" % office)
    for m in bare.finditer(text):
        start = max(text.rfind("\n", 0, m.start()), *(text.rfind(p, 0, m.start()) for p in (". ", "? ", "! ")))
        ends = [e for e in (text.find("\n", m.end()), *(text.find(p, m.end()) for p in (". ", "? ", "! "))) if e >= 0]
        sentence = text[start + 1 : m.start()] + " " + text[m.end() : min(ends, default=len(text))]
        words |= set(re.findall(r"\b[A-Z][\w’'-]+", sentence))
    return words


def _holder_surname(name: list[str], last: bool = False) -> str:
    """The surname of the capitalised words after an office, which a headline-case line may run on past the name
    ('President Jane Roe Signs Bill On Trade' → 'Roe'): cut before a function word and before a verb's -s form
    after its first word that more words follow ('Signs'; the one that ends the name only with ``last``: it is
    the surname of 'Mayor Jo Banks' and the verb of 'President Alvarez Speaks'), and after the word that follows a
    middle initial ('Jo W. Ray Click to print': 'Ray'); "" when nothing is left."""
    for n, word in enumerate(name):
        low = word.lower()
        if low in _STOPWORDS_CAP or 0 < n < len(name) - (not last) and low.endswith("s") and any(
                low in verb_forms(v).get("VBZ", ()) for v in _lemmas(low).get("VERB", ())):
            name = name[:n]
            break
    initial = next((n for n, word in enumerate(name[1:-1], 1) if re.fullmatch(r"[A-Z]\.", word)), 0)
    if initial:
        name = name[: initial + 2]  # 'President Jo W. Ray Click to print': a middle initial's next word ends the name
    return re.sub(r"[’']s$", "", name[-1]) if name else ""


def _make_title(text: str, clause: Clause, date_start: int, date_end: int) -> str:
    """:func:`make_title`'s rules: the clause that states the event (:func:`_stating_clause`), a title of a special
    shape (:func:`_shaped_title`), else one built from it (:func:`_built_title`), tidied (:func:`_tidied_title`),
    never a lone name (:func:`_named_title`) and completed by what the whole sentence adds (:func:`_finished_title`)."""
    date = (date_start, date_end)
    text, clause = _over_aside(text, clause, date)
    text, clause = _without_footnote_mark(text, clause, date)
    text, clause = _without_time_codes(text, clause, date)
    text, clause = _without_relative_aside(text, clause, date)
    text, clause = _without_appositive(text, clause, date)
    text, clause = _without_fronted_occasion(text, clause, date)
    text, clause = _without_document_phrase(text, clause, date)
    text, clause = _without_as_comment(text, clause, date)
    text, clause = _without_residence(text, clause, date)
    text, clause = _without_adverb_subject(text, clause, date)
    text, clause = _without_document_date(text, clause, date)
    clause = _occasion_headline_verb(clause)
    stated = clause
    clause = _stating_clause(text, clause, date)
    shaped = _shaped_title(text, clause, date)
    if shaped:
        return shaped
    title, verbal = _built_title(text, clause, date)
    title = _tidied_title(text, clause, date, title)
    if verbal and title:
        title = _completed(text, clause, date, title)
    title = _named_title(text, clause, date, title)
    return _finished_title(text, stated, date, title)


def _occasion_headline_verb(clause: Clause) -> Clause:
    """The clause with the verb a headline gives the occasion it has for act (:data:`OCCASION_VERBS`: *the two
    leaders had talks* → *hold talks*, *the governor will have a statement* → *to make statement*); unchanged
    when its verb is not *have* with such a noun (*had lunch with*: *has lunch with*)."""
    if clause.verb_lemma != "have" or clause.action not in OCCASION_VERBS:
        return clause
    return dataclasses.replace(clause, verb_lemma=OCCASION_VERBS[clause.action])


def _without_document_date(text: str, clause: Clause, date: tuple[int, int]) -> tuple[str, Clause]:
    """The text with the participle 'dated' that gives a document's date blanked (same length, so every offset
    holds) and the clause read again without it, when the analysis took that participle for the verb and the
    clause has a verb of its own before it: the document's date dates the act told of it ('The board approved the
    plan in a memo dated May 3' → 'Board approves plan', not 'Memo dated'). Unchanged when the participle is not
    right before the date, or the clause read again has no verb before it."""
    if clause.verb == (0, 0) or text[clause.verb[0] : clause.verb[1]] != "dated" \
            or text[clause.verb[1] : date[0]].strip():
        return text, clause
    blanked = text[: clause.verb[0]] + " " * 5 + text[clause.verb[1] :]
    main = analyse(blanked, clause.start, clause.end, *date)
    return (blanked, main) if main.verb != (0, 0) and main.verb[1] <= clause.verb[0] else (text, clause)


#: a person's age and home set off by commas after the name, as court and police releases write them ('Jane Roe,
#: 52, of Springfield, Ohio, pleaded …', 'John Poe, 40, pleaded …', 'Ann Lee, from Lyon, was …'), up to its last comma
_RESIDENCE = re.compile(r"(?<=[A-Za-z.]),[ \t]*(?:\d{1,3}[ \t]*,[ \t]*(?:(?:of|from)[ \t]+)?|(?:of|from)[ \t]+)"
                        r"(?:[A-Z][\w.’'-]*[ \t]+)*[A-Z][\w.’'-]*(?:[ \t]*,[ \t]*(?:[A-Z][\w.’'-]*[ \t]+)*[A-Z][\w.’'-]*)?"
                        r"[ \t]*,|(?<=[A-Za-z.]),[ \t]*\d{1,3}[ \t]*,")


def _without_residence(text: str, clause: Clause, date: tuple[int, int]) -> tuple[str, Clause]:
    """The text with a person's age and home set off by commas after a name blanked (:data:`_RESIDENCE`; same
    length, so every offset holds) and the clause read again without it, when it stands between the clause's start
    and its verb: the place is no doer ('Jane Roe, 52, of Springfield, Ohio, pleaded guilty' → 'Jane Roe pleads
    guilty …', not 'Ohio pleads guilty'). Unchanged when the phrase holds the date, follows no capitalised name, or
    the clause read again has another verb."""
    if clause.verb == (0, 0):
        return text, clause
    m = _RESIDENCE.search(text, clause.start, clause.verb[0])
    if not m or m.start() < date[1] and date[0] < m.end() or text[m.end() : clause.verb[0]].strip(" \t").count(" ") > 1:
        return text, clause
    before = [t for t in tokens(text, max(clause.start, m.start() - 40), m.start())][-1:]
    if not before or not before[0].is_cap:
        return text, clause
    blanked = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    main = analyse(blanked, clause.start, clause.end, *date)
    return (blanked, main) if main.verb == clause.verb else (text, clause)


def _without_adverb_subject(text: str, clause: Clause, date: tuple[int, int]) -> tuple[str, Clause]:
    """The text with an adverb the analysis took for the subject blanked (same length, so every offset holds) and
    the clause read again without it: after a phrase set off by commas an adverb before the verb is read as its
    subject ('Jane Roe, the treasurer, previously pleaded guilty': subject 'previously'), and the title loses its
    doer ('Pleaded guilty …'); read again, the doer before the commas is found ('Jane Roe pleads guilty …').
    Unchanged when the subject is not one lower-case word that is an adverb only right after a phrase set off by
    a pair of commas, or the clause read again has another verb."""
    if clause.verb == (0, 0) or clause.subject == (0, 0):
        return text, clause
    word = text[clause.subject[0] : clause.subject[1]]
    if not re.fullmatch(r"[a-z]+", word) or set(_lemmas(word)) != {"ADV"} \
            or text[clause.subject[1] : clause.verb[0]].strip() \
            or date[0] < clause.subject[1] and date[1] > clause.subject[0] \
            or not re.search(r",[^,]+,\s*$", text[clause.start : clause.subject[0]]):
        return text, clause  # (no phrase set off by a pair of commas right before it: 'a long, hotly contested race')
    if _RESIDENCE.search(text, clause.start, clause.subject[0]):
        return text, clause  # a home :func:`_without_residence` left (a name it cannot read again): the place is no doer
    blanked = text[: clause.subject[0]] + " " * len(word) + text[clause.subject[1] :]
    main = analyse(blanked, clause.start, clause.end, *date)
    return (blanked, main) if main.verb == clause.verb and main.subject != clause.subject else (text, clause)


#: a short aside in brackets on one line ('the Weather Service (NWS)', 'the river (swollen by rain)')
_BRACKETED_ASIDE = re.compile(r"[ \t]*\([^()\n]{1,80}\)")
#: an aside between a pair of dashes on one line ('a second storm—the strongest this winter—hit')
_DASHED_ASIDE = re.compile(r"[ \t]*[–—][^–—\n]{3,150}?[–—][ \t]*")
#: where a sentence ends: a stop, question or exclamation mark not after a lone capital ('U.S.'), before white
#: space or the end; or a blank line
_SENTENCE_STOP = re.compile(r"(?<![\s.][A-Z])[.!?](?=[\"”’']?(?:\s|$))|\n[ \t]*\n")


def _sentence_end(text: str, at: int) -> int:
    """Where the sentence of ``text`` that goes on at offset ``at`` ends (:data:`_SENTENCE_STOP`)."""
    stop = _SENTENCE_STOP.search(text, at)
    return stop.end() if stop else len(text)


#: a footnote's number opening a note of a letter or report ('2 The survey, which the board published, …'): a
#: number of one to three digits, then a determiner or preposition that opens a sentence, never a count's noun
_FOOTNOTE_MARK = re.compile(r"\s*\d{1,3}\s+(?=(?:The|A|An|This|These|That|Those|In|On|At|As|For|According|See|Our|We|"
                            r"Its|Their)\s)")


def _without_footnote_mark(text: str, clause: Clause, date: tuple[int, int]) -> tuple[str, Clause]:
    """The text with the footnote number that opens the clause blanked out (offsets kept) and the clause read again
    without it (*2 The survey, which the board published, found …*: the number is the note's, no count of the
    clause's subject); ``(text, clause)`` unchanged when the clause opens with none or the date lies in it."""
    mark = _FOOTNOTE_MARK.match(text, clause.start)
    if not mark or date[0] < mark.end() and date[1] > clause.start:
        return text, clause
    blanked = text[: clause.start] + " " * (mark.end() - clause.start) + text[mark.end() :]
    return blanked, analyse(blanked, mark.end(), clause.end, *date)


def _over_aside(text: str, clause: Clause, date: tuple[int, int]) -> tuple[str, Clause]:
    """The text with the aside that cut the clause short blanked out (offsets kept) and the clause read again over
    it: an aside in brackets or dashes the clause stops at verbless ('On May 1, the Weather Service (NWS)
    issued a forecast', 'On March 3, a second storm—the strongest of the winter so far—hit the coast');
    ``(text, clause)`` unchanged otherwise (a clause with its verb, an aside that does not follow its last word),
    or when the clause read again has no verb after the aside."""
    if clause.verb != (0, 0) or not date[1] <= clause.end or not text[clause.end - 1 : clause.end].isalnum():
        return text, clause
    aside = _BRACKETED_ASIDE.match(text, clause.end) or _DASHED_ASIDE.match(text, clause.end)
    if not aside:
        return text, clause
    blanked = text[: aside.start()] + " " * (aside.end() - aside.start()) + text[aside.end() :]
    inner = analyse(blanked, clause.start, _sentence_end(text, aside.end()), *date)
    if inner.verb == (0, 0) or inner.verb[0] < aside.end():
        return text, clause
    return blanked, inner


def _stating_clause(text: str, clause: Clause, date: tuple[int, int]) -> Clause:
    """The clause of the sentence that states the dated event: a fronted frame or time, a subordinate or relative
    clause, the clause after an aside, ... else ``clause``; its verb checked and 'there' acts resolved."""
    clause = _before_concession(text, clause, date) or clause
    clause = _first_person_frame(text, clause, date) \
        or _fronted_frame(text, clause, date) or _fronted_time(text, clause, date) or _nearest_subclause(text, clause, date) \
        or _relative(text, clause, date) \
        or _relative_aside(text, clause, date) \
        or _after_aside(text, clause, date) or _contact_relative(text, clause, date) \
        or _participle_aside(text, clause) or _verb_after_date(text, clause, date) or clause
    return _act_there(text, _checked_verb(text, clause, date))


#: verbs of telling whose dated act is the day's news when the date is written with them and not with what they tell
#: (*the ministry announced Tuesday that the team will arrive on Friday*, *officials confirmed Sunday the strain is
#: new*): the verbs of making something known (:data:`timeline.clauses.MAKING_KNOWN`: a dated announcement,
#: confirmation or disclosure is itself an act of its day), not *said*, which reports a view or a situation (the
#: reported act is the title: *officials said Monday 40 homes burned* → *40 homes burn*). A headline then names who
#: made it known before what was made known (*Ministry announces team will arrive*), as long as the title keeps every
#: word of the act (:func:`make_title`)
DATED_TELLING = MAKING_KNOWN
#: words that open no told fact after a verb of telling: the teller's own act (*said it would*, *announced he had*:
#: the act's title names the doer already) or a subordinate clause (*said when the rains come …*)
_NOT_TOLD = _PRONOUN_SUBJECTS | {"when", "if", "as", "while", "after", "before", "because", "although", "once", "unless"}


def _dated_telling(text: str, clause: Clause, date: tuple[int, int]) -> Clause | None:
    """The clause of the verb of telling (:data:`DATED_TELLING`) the date dates when the clause's verb is the act
    it tells (*Officials confirmed Sunday that four homes burned*: the clause of *confirmed*, its tail what was
    told), or None: the date is written with the act or after it, no finite verb of telling with a named teller (no
    pronoun) that :func:`_report_title` titles (:data:`_REPORT_LEMMAS`: not *disclose*) stands before the act, the
    date is not right after that verb (or *on*) nor before it with no verb between, the told fact opens with a
    pronoun, a subordinator (:data:`_NOT_TOLD`) or a quotation mark, or the date is inside a quotation."""
    if clause.verb == (0, 0) or clause.verb_lemma in DATED_TELLING or date[0] >= clause.verb[0] \
            or quotation_open(text, clause.start, date[0]) or _named_by_date(text, clause, date):
        return None  # (nor when the date names a thing: 'In a June 3 post, the mayor confirmed …')
    toks = tokens(text, clause.start, clause.verb[0])
    for i, t in enumerate(toks):
        lemmas = _lemmas(t.lower).get("VERB", ()) if t.is_word and not t.is_cap else ()
        if not lemmas or lemmas[0] not in DATED_TELLING & _REPORT_LEMMAS or t.lower == lemmas[0]:
            continue  # (a finite form: 'said', 'announces', not 'announce'; one :func:`_report_title` titles)
        after = text[t.end : date[0]].strip().lower() if date[0] >= t.end else None
        if after is not None and after not in {"", "on"} or after is None and (
                date[1] > t.start or any(_verbish(u) for u in toks[:i] if u.start >= date[1])):
            return None
        told = next((u for u in toks[i + 1 :] if u.end > date[1] and u.lower not in {"that", "on", ","}), None)
        if told is None or re.split(r"[’']", told.lower)[0] in _NOT_TOLD or told.word in {'"', "“", "‘", "'"}:
            return None  # (nor a quotation: 'said Friday, “When …'; 'we've', 'they'd': the teller's own act)
        teller = analyse(text, clause.start, t.end, *date)
        if teller.verb == (0, 0) or teller.verb[0] != t.start:
            return None
        actor, how = _actor(text, teller, teller.verb[0], date)
        return dataclasses.replace(teller, end=clause.end) if actor and not how else None
    return None


def _nearest_subclause(text: str, clause: Clause, date: tuple[int, int]) -> Clause | None:
    """The subordinate or second clause of the date (:func:`_subclause`), or the relative clause of its own subject
    and verb right before the date when that one comes after it (:func:`_contact_relative`: *… to meet the
    obligations of the order that the agency issued on May 3*: the issuing is dated, not the meeting)."""
    sub = _subclause(text, clause, date)
    if sub is None:
        return None
    rel = _contact_relative(text, clause, date)
    return rel if rel is not None and rel.verb[0] > sub.verb[1] else sub


#: a concession after a comma ('…, even though attention has shifted'), which says no dated event
_CONCESSION = re.compile(r",\s*(?:even\s+though|even\s+if|although|though|despite\s+the\s+fact\s+that)\s", re.I)


def _before_concession(text: str, clause: Clause, date: tuple[int, int]) -> Clause | None:
    """The clause before a concession when the clause's verb is the concession's but the date is before it ('On
    Tuesday, the agency said the region still needs aid, even though attention has shifted': the agency said);
    None otherwise."""
    if clause.verb == (0, 0) or date[1] > clause.verb[0]:
        return None
    found = [m for m in _CONCESSION.finditer(text, date[1], clause.verb[0])]
    if not found:
        return None
    main = analyse(text, clause.start, found[0].start(), *date)
    return main if main.verb != (0, 0) and main.verb[1] <= found[0].start() else None


def _shaped_title(text: str, clause: Clause, date: tuple[int, int]) -> str:
    """A title of a special shape, returned as it is: a reduced relative, a speech, an absolute phrase, an
    attribution, a participle or noun at the date ...; "" for none."""
    relative = _past_reduced_relative(text, clause, date)
    if relative:
        return relative  # 'The last stand in the park closed to traders reopens': 'Last stand in park reopens'
    spoken = _speech_title(text, clause, date)
    if spoken:
        return spoken
    absolute = _with_absolute(text, date)
    if absolute:
        return absolute  # '…, with the museum to reopen on Friday': 'Museum to reopen'
    if _named_by_date(text, clause, date):
        return ""
    participle = _quoted_attribution(text, clause, date) or _unquoted_attribution(text, clause, date) \
        or _fronted_question(text, clause, date) \
        or _deadline(text, clause, date) \
        or _there_doing(text, clause, date) \
        or _participle_title(text, clause, date) \
        or _noun_at_date(text, clause, date) or _announced(text, clause, date) or _aside_event(text, clause, date) \
        or _since_phrase(text, clause, date) \
        or _since_relative(text, clause, date) \
        or _ing_at_date(text, clause, date) or _named_day(text, clause, date) \
        or _copula_date(text, clause, date) or _participle_at_date(text, clause, date) \
        or _relative_after_date(text, clause, date) or _during_aside(text, clause, date) \
        or _relative_before_date(text, clause, date) \
        or _fronted_ing(text, clause, date) or _gerund_subject(text, clause, date) or _fact_that(text, clause, date)
    return participle[:1].upper() + participle[1:]


def _built_title(text: str, clause: Clause, date: tuple[int, int]) -> tuple[str, bool]:
    """The title built from the clause (what the date names, the verb's act, a state, a noun) and whether it is
    the verb's (to be completed by :func:`_completed`)."""
    date_start, date_end = date
    title = _date_is_title(text, clause, date)
    if title:  # 'The planned opening date is Monday': 'Opening planned'
        return title, False
    between = text[date_end : clause.verb[0]]
    weak_verb = clause.verb == (0, 0) or clause.verb_lemma in {"be", "say", "tell"} or date_end <= clause.verb[0] and (
        re.search(r"[,;:()]|\b(?:which|that|who)\b", between) is not None)
    named = _named_by_date(text, clause, date)
    written = set(text[date_start:date_end].split())
    common = named and not any(w[:1].isupper() for w in named.split()[1:] if w not in written) and not re.search(
        r"\b(?:of|for)\b", named)  # 'late July tweet', not 'Charter of Westhaven'
    if common and clause.verb != (0, 0) and clause.verb_lemma != "be" and _governed_by_verb(text, clause, date):
        title = _verb_title(text, clause, date)  # 'hinted in a late June post that …', 'Monday's results …'
    if named and not title and _acted_at(text, clause, date):
        acted = _verb_title(text, clause, date)  # 'raised the issue at today's committee hearing': the act there
        title = acted if named.split()[-1] in acted.split() else ""
    if named and not title:
        title = named  # 'the November election', 'the twin floods of March 11': the date names that event
    elif not title and weak_verb and not _initial_adverbial(text, clause, date):
        title = _date_phrase(text, clause, date)
    if not title and clause.verb != (0, 0) and clause.verb_lemma != "be":
        title = _first_title((_finding, _what_happened, _learned_of, _said_over_aside, _assessed, _joined_in,
                              _done_to_speaker), text, clause, date) \
            or _elaborated(text, clause, date) or _purpose(text, clause, date) or _verb_title(text, clause, date)
    verbal = bool(title) and title != named and clause.verb != (0, 0)
    if not title and clause.verb_lemma == "be":
        title = _state_title(text, clause, date)
    if not title and clause.action:
        title = _noun_title(text, clause, date)
    if not title or _is_lone_name(title, clause):
        whole = _tail(text, clause, clause.start, date)
        short = _surnames(whole) if len(" ".join(whole)) > MAX_TITLE else whole  # 'with Allen', not cut before it
        title = _fit(short, MAX_TITLE) or title
    return title, verbal


#: an honorific before a surname ('Mr. Lee', 'Mrs Okafor'), which headlines leave out
_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Messrs|Mme)\.?\s+(?=[A-Z][a-z])")


#: words that only lead into a name or title ('a hearing entitled …'), which never end a title
_NAMING_END = {"entitled", "titled", "dubbed", "headlined"}


#: the part of a day a date is written with ('in the early hours of Friday', 'on the evening of May 3')
_DAY_PART = r"(?:hours|morning|afternoon|evening|night)"


def _without_day_part(text: str, date: tuple[int, int], title: str) -> str:
    """``title`` without the part of the day its date is written with: 'signs bill in early hours' for 'signed the bill
    in the early hours of Friday' is 'signs bill'; unchanged when the date follows no such words."""
    if not re.search(r"\b%s\s+of\s*$" % _DAY_PART, text[max(0, date[0] - 20) : date[0]], re.I):
        return title
    bare = re.sub(r"\s*\b(?:(?:in|on|during|at|by)\s+(?:(?:early|late|small|wee|final)\s+)?%s\b(?!\s+of\b)|of\s+%s\s+of\b)"
                  % (_DAY_PART, _DAY_PART), "", title, count=1, flags=re.I).strip(" ,;:–-.")  # ('storm of night of')
    return bare if len(bare.split()) >= 2 else title


#: a clock time with the preposition before it and its zone ('around 7 p.m. BST', 'at 10:30 a.m.'), which a headline
#: leaves out
_CLOCK_TIME = re.compile(r"\s*\b(?:(?:at|around|about|shortly\s+(?:before|after))\s+)?\d{1,2}(?:[:.]\d{2})?\s*"
                         r"(?:[ap]\.m\.|[ap]m\b)(?:\s+[A-Z]{2,4}T\b)?", re.I)


def _tidied_title(text: str, clause: Clause, date: tuple[int, int], title: str) -> str:
    """A title without empty brackets, time stamps, day words and owners, first persons, honorifics, a leading
    connective, time words (when two words stay) and trailing function words or schedule words."""
    title = re.sub(r"\s*[\[(]\s*[\])]", "", title)  # 'took place [earlier this week]' without its date
    title = re.sub(r"\s+", " ", TIME_STAMP.sub(" ", title).replace("\u00a0", " ")).strip(" ,;:–-.")
    clockless = _CLOCK_TIME.sub("", title).strip(" ,;:–-.")
    title = clockless if len(clockless.split()) >= 2 else title  # 'carries last climber to hut (around 9 p.m. GMT)'
    title = _without_day_word(text, date, title)
    title = _without_day_owner(text, date, title)
    title = _without_day_part(text, date, title)
    title = _no_first_person(title)
    title = _HONORIFIC.sub("", title)  # 'runs against Mr. Lee': a headline names a person without the honorific
    title = _CONNECTIVE.sub("", title) if len(title.split()) > 3 else title  # 'Whereas board conducts review'
    bare = _TIME_WORDS.sub("", title).strip(" ,;:–-.")
    if len(bare.split()) >= 2 and not _is_lone_name(bare, clause) and not re.search(
            r"\b(?:to|of|by|for|with|and|the|a|an)$", bare, re.I):
        title = bare  # 'First fire breaks out on Tuesday' -> 'First fire breaks out'
    words = title.split()
    while len(words) > 2 and (words[-1].lower() in _FUNCTION_END - _PARTICLES | _NAMING_END and not _pro_one(words)
                              or words[-1].lower() in _SCHEDULED
                              and words[-2].lower() not in {"not", "be", "been"}):  # 'Deal not expected' stays
        words.pop()  # 'Strike begins at (6:15 p.m.)', 'cancels rally scheduled (for Wednesday)'
    return " ".join(words)


#: the words a date that opens a clause is written with before it ('On Monday,', 'Earlier this week,', 'Late on')
_OPENING_DATE_WORDS = re.compile(r"\W*(?:(?:on|in|at|by|during|this|last|next|early|late|earlier|later|just)\s+)*", re.I)


def _after_opening_date(text: str, clause: Clause, date: tuple[int, int]) -> int:
    """Where a clause's words start after the date that opens it, set off by a comma ('Today, the club signed …',
    'On Monday, …': after the comma); the clause's start when its date does not open it so."""
    comma = re.match(r"\s*,\s*", text[date[1] : clause.end])
    if date[0] >= clause.start and comma and _OPENING_DATE_WORDS.fullmatch(text[clause.start : date[0]]):
        return date[1] + comma.end()
    return clause.start


def _named_title(text: str, clause: Clause, date: tuple[int, int], title: str) -> str:
    """``title``, or when it is empty or a lone name the clause's words cut to fit; a caption's name with what
    follows it ('Nominee Jane Roe on the …')."""
    if not title or _is_lone_name(title, clause):
        whole = ""
        for start, inside in ((s, i) for i in (False, True)  # (a cut inside a name as a last resort)
                              for s in dict.fromkeys((_after_opening_date(text, clause, date), clause.start))):
            whole = _fit(text[start : clause.end].replace("\n", " ").split(), MAX_TITLE, inside=inside)
            whole = whole.strip(" ,;:–-.")
            whole = whole[:1].upper() + whole[1:]
            if whole and not _is_lone_name(whole, clause):
                break  # ('In 2008, Freedonia': not 'Freedonia' alone)
        title = whole if whole and not _is_lone_name(whole, clause) else (title or whole or FALLBACK_TITLE)
    if _is_lone_name(title, clause) and _name_of(title) != title:  # a caption: 'Nominee Jane Roe on the …'
        rest = _tail(text, clause, clause.start, date)
        name = _name_of(title).split()
        at = next((n for n in range(len(rest)) if rest[n : n + len(name)] == name), -1)
        title = _fit([*name, *rest[at + len(name) :]], MAX_TITLE) if at >= 0 else title
    return title


def _finished_title(text: str, stated: Clause, date: tuple[int, int], title: str) -> str:
    """``title`` with what the sentence's ``stated`` clause adds (who it was done to, a holiday, a consequence, a
    result, a reason), capitalised."""
    title = _on_holiday(text, date, _with_consequence(text, stated, date, _done_to(title)))
    title = _happening_result(text, stated, date, title)
    title = _over_reason(text, stated, date, title)
    title = _at_where_place(text, stated, title)
    title = _with_complement(text, stated, date, title)
    return title[:1].upper() + title[1:]


#: a preposition that opens a verb's complement a short title leaves out ('testified before the panel')
_COMPLEMENT_PREP = {"before", "into", "about", "against", "over", "on", "to", "at", "for", "with", "of", "from", "in",
                    "toward", "towards", "across"}
#: words that end a complement: a clause or a second predicate starts
_COMPLEMENT_STOP = {"that", "which", "who", "whom", "whose", "when", "where", "while", "after", "before", "because",
                    "since", "until", "as", "and", "or", "but", "if", "than", "saying", "calling", "according"}
#: words that open no noun phrase after a preposition: a clause or a pronoun follows
_NOT_A_PHRASE = {"whether", "what", "how", "why", "which", "who", "it", "them", "him", "her", "us", "me", "you",
                 "this", "that", "these", "those", "itself", "themselves", "its", "their", "his", "our", "my", "your"}


def _title_end_in(text: str, clause: Clause, title: str) -> int:
    """Where the last word of a short title ends in its clause: the word itself written after the clause's verb,
    or the verb when the title ends on its headline form ('testified' for 'testifies'); -1 when not found."""
    last = title.split()[-1].lower()
    found = [m.end() for m in re.finditer(r"\b%s\b" % re.escape(last), text[clause.verb[0] : clause.end], re.I)]
    if found:
        return clause.verb[0] + found[0]
    lemma = clause.verb_lemma
    return clause.verb[1] if lemma and last in {lemma, third_person(lemma)} else -1


def _with_complement(text: str, clause: Clause, date: tuple[int, int], title: str) -> str:
    """A title of three words or fewer that ends on its clause's verb or object, with the prepositional phrase that
    completes it in the sentence (*Rep. Roe testified before the Senate Finance Committee, calling …*: 'Roe
    testifies' → 'Roe testifies before Senate Finance Committee'; *the agency opened an investigation into the
    brakes*: 'Agency opens investigation into brakes'): the phrase up to a clause, a second predicate, a pronoun,
    punctuation or the date, articles left out, fitted to :data:`MAX_TITLE`; unchanged otherwise."""
    words = title.split()
    if not 2 <= len(words) <= 3 or clause.verb == (0, 0):
        return title
    verb = {clause.verb_lemma, third_person(clause.verb_lemma), text[clause.verb[0] : clause.verb[1]].lower()}
    at = _title_end_in(text, clause, title)
    if at < 0 or not verb & {w.lower() for w in words}:
        return title  # ('June 5 collapse': a dated noun, no act the phrase completes)
    toks = [t for t in tokens(text, at, clause.end) if not date[0] <= t.start < date[1] or date[0] == date[1]]
    if not toks or toks[0].lower not in _COMPLEMENT_PREP or toks[0].start < at or date[0] < toks[0].start < date[1]:
        return title
    phrase = [toks[0].word]
    for n, t in enumerate(toks[1:], 1):
        named_and = t.lower == "and" and n + 1 < len(toks) and toks[n - 1].is_cap and toks[n + 1].is_cap
        if not t.is_word or t.lower in _COMPLEMENT_STOP and not named_and \
                or date[1] > date[0] >= at and t.start >= date[0] or len(phrase) > 7:
            if t.word == "." and (n + 1 < len(toks) and toks[n + 1].is_cap or toks[n - 1].word.isupper()):
                return title  # ('before the U.S. House': a cut inside a name)
            break
        if t.lower in {"a", "an", "the"}:
            continue
        phrase.append(t.word)
    second = phrase[1].lower() if len(phrase) >= 2 else ""
    if not second or second in _NOT_A_PHRASE | QUANTIFIERS | {"one"} or second in NUMBER_WORDS \
            or _TIME_WORD.fullmatch(second) or second[:1].isdigit() or _ing_verb(second) \
            or phrase[0].lower() == "to" and "VERB" in _lemmas(second) and "NOUN" not in _lemmas(second):
        return title  # ('to take', 'for carrying out', 'on Monday', 'at one of': no noun phrase the act takes)
    for n in reversed(range(2, len(phrase) + 1)):  # whole phrases: before a preposition or a participle that
        if n < len(phrase) and not (phrase[n].lower() in _COMPLEMENT_PREP or _ing_verb(phrase[n])  # modifies the noun
                                    or phrase[n].lower().endswith("ed")):
            continue
        if n < len(phrase) and phrase[n - 1][:1].isupper() and phrase[n].lower() in {"of", "and"} \
                and phrase[n + 1 : n + 2] and phrase[n + 1][:1].isupper():
            continue  # ('Department (of Health)': no cut inside a name)
        last = phrase[n - 1].lower()
        longer = " ".join([*words, *phrase[:n]])
        if len(longer) <= MAX_TITLE and last not in _NEEDS_NOUN and last not in NUMBER_WORDS and last not in QUANTIFIERS \
                and last not in {"one", "ones", "more", "most"} and not last.isdigit():
            return longer
    return title


#: a *where* clause whose subject is 'it', and its verb
_WHERE_IT = re.compile(r"\bwhere\s+(it)\s+([a-z]+)\b")
#: the name of the place a *where* clause follows, ending right before that clause (quotation marks left out)
_PLACE_NAME = re.compile(r"(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'.-]*[\w][”\"’]?$")


def _at_where_place(text: str, clause: Clause, title: str) -> str:
    """``title`` with the place a *where* clause follows when its subject 'it' did there what the title ends on
    (*a site near a ridge called "Blue Ledge," where it arrived*: 'Rover arrives' → 'Rover arrives at Blue Ledge'):
    a title of actor and verb only, the place a name; unchanged otherwise."""
    words = title.split()
    if not 2 <= len(words) <= 3:
        return title
    said = next((m for m in _WHERE_IT.finditer(text, clause.start, clause.end) if any(
        third_person(v) == words[-1].lower() for v in _lemmas(m.group(2).lower()).get("VERB", ()))), None)
    end = _where_place_end(text, said.start(1)) if said else -1
    if end < 0:
        return title
    m = _PLACE_NAME.search(text, max(0, end - 80), end)
    place = m.group(0).strip("”\"’") if m else ""
    if not place or place.split()[0].lower() in _STOPWORDS_CAP or place in title:
        return title
    return f"{title} at {place}"


#: a trailing absolute phrase that holds the date: ', with the museum to reopen (on)', ', with results expected (by)'
_WITH_ABSOLUTE = re.compile(r"[,;–—]\s+with\s+(?P<phrase>[\w’'&.$%\s-]{3,160}?)"
                            r"(?:\s+(?:on|by|at|in|from|until|before|after|early|late|later|next|this))*\s*$")
_ABSOLUTE_SKIP = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those"}


def _with_absolute(text: str, date: tuple[int, int]) -> str:
    """The title of a date that sits at the end of a trailing absolute phrase, not in the clause before it: '…
    reopened on Thursday, with the museum to reopen on Friday' → 'Museum to reopen'; ', with results expected by
    Tuesday' → 'Results expected'; ', with talks resuming on Monday' → 'Talks resume'; "" for any other date.

    Parameters
    ----------
    text : str
        The raw text.
    date : tuple of int
        The date mention's offsets.

    Returns
    -------
    str
        The headline of the absolute phrase, or "".
    """
    if not re.match(r"\s*(?:[.,;!?]|$)", text[date[1] : date[1] + 3]):
        return ""  # the phrase goes on past the date: not the phrase's last words
    m = _WITH_ABSOLUTE.search(text[max(0, date[0] - 200) : date[0]].replace("\n", " "))
    words = m.group("phrase").split() if m else []
    for k in range(1, min(7, len(words))):
        said = _absolute_verb(words[:k], words[k:])
        if said is None:
            continue
        np = list(itertools.dropwhile(lambda w: w.lower() in _ABSOLUTE_SKIP, words[:k]))
        if not np or not np[0][:1].isalpha() or not said:
            return ""
        title = _fit([*np, *said], MAX_TITLE)
        return title[:1].upper() + title[1:] if len(title.split()) >= 2 else ""
    return ""


def _absolute_verb(np: list[str], rest: list[str]) -> list[str] | None:
    """The headline verb group of an absolute phrase's ``rest`` after its noun phrase ``np`` ('to reopen', 'expected
    by', 'resuming' → 'resume(s)'), and what follows it; None when ``rest`` starts with no verb; [] when the phrase
    is no event (a noun phrase with a verb inside, a reporting verb)."""
    w = rest[0]
    if w == "to" and len(rest) > 1:
        base = rest[2] if rest[1] == "be" and len(rest) > 2 else rest[1]
        lemmas = _lemmas(base).get("VERB", ())
        if not lemmas or rest[1] != "be" and base not in lemmas:
            return None
        lemma, said = lemmas[0], rest
    elif re.fullmatch(r"[a-z]{3,}(?:ing|ed)", w):
        lemmas = _lemmas(w)
        lemma = next(iter(lemmas.get("VERB", ())), "")
        if not lemma or w.endswith("ing") and "NOUN" in lemmas or w.endswith("ed") and w not in verb_forms(
                lemma).get("VBN", ()):
            return None
        head = re.split(r"\s+(?:of|to|for|from|in|at|on|with)\s+", " ".join(np))[0]
        said = rest if w.endswith("ed") else [lemma if _plural_actor(head) else third_person(lemma), *rest[1:]]
    else:
        return None
    return [] if lemma in _REPORT_LEMMAS or any(_verbish(t) for t in tokens(" ".join(np))) else said


def _speech_title(text: str, clause: Clause, date: tuple[int, int]) -> str:
    """The title of a speaker's set phrase: what a glad announcement announced, where the speaker is glad to be,
    the chance they thank for, the goal they state; "" when the clause holds none."""
    glad = _finding(text, clause, date) if _GLAD_TO_SAY.search(text, clause.start, clause.end) else ""
    if glad:
        return glad  # 'I'm pleased to announce today that the bridge has reopened': what was announced
    here = _speaking_here(text, clause, date)
    if here:
        return here  # 'I'm proud to be here tonight at the Annual Congress …': 'Roe speaks at Annual Congress …'
    thanks = _thanked_chance(text, clause)
    if thanks:
        return thanks  # 'thanks for the chance to appear here today': 'Jane Roe appears before …'
    return _goal_title(text, clause, date)  # 'the club's goal is to win the league next year': 'Club aims to win …'


#: a legislator's party and state (or state and district) after the name: '(D-NY)', ', R-TX-4,', '(OH-11)'; a degree
#: after a name (', M.D.'), and a suffix (', Jr.') before an aside set off by commas, which otherwise read as names
#: of their own
_MEMBER_CODE = re.compile(r"\s*\((?:[DRI]-(?:[A-Z]{2}|[A-Z][a-z]{1,5}\.?|[A-Z]\.[A-Z]\.)(?:-\d{1,2})?|[A-Z]{2}-\d{1,2})\)(?:,(?=\s+(?:said|says|told|wrote|"
                          r"[a-z]+ed)\b))?|,\s*[DRI]-[A-Z]{2}(?:-\d{1,2})?,"
                          r"|(?<=[a-z]),\s*(?:M\.D\.|Ph\.D\.)(?=\s*\(|,|\s+[a-z])"  # a degree after a name
                          r"|(?<=[a-z]),\s*(?:Jr\.|Sr\.|III\b|II\b)(?=\s*(?:\([^()]{2,12}\)\s*)?,)")  # a suffix before an aside
_SENTENCE_END = re.compile(r"[.!?:;](?=\s|$)|\n")
#: what a subject starts after: a sentence's end, a closing quotation mark, a dash
_SUBJECT_OPENS = re.compile(r"[.!?:;”\"–—](?=\s)|\n")


def _without_time_codes(text: str, clause: Clause, date: tuple[int, int]) -> tuple[str, Clause]:
    """The text with a transcript's time codes and a legislator's party code (:data:`_MEMBER_CODE`) blanked in the
    clause's sentence (same length, so every offset holds) and the clause read again without them — a bracket no
    longer ends the clause before its verb; unchanged when there is none."""
    stop = _SENTENCE_END.search(text, clause.end)
    end = max(clause.end, stop.start() if stop else len(text))
    before = _MEMBER_CODE.search(text, max(0, clause.start - 14), clause.start + 1)  # '(R-CA), said today …'
    start = clause.start
    if before and before.end() >= clause.start - 2:
        opened = [m.end() for m in _SUBJECT_OPENS.finditer(text, max(0, clause.start - 400), before.start())]
        start = opened[-1] if opened else max(0, clause.start - 400)
    member = before or _MEMBER_CODE.search(text, clause.start, min(end, clause.end + 2))  # in the clause or ending it
    codes = list(_MEMBER_CODE.finditer(text, start, end))
    if any(b.start() - a.end() < 40 and "," in text[a.end() : b.start()] for a, b in zip(codes, codes[1:])):
        member = None  # a list of members, each with a code: :data:`_LISTED_NAMES`
    if not TIME_STAMP.search(text, clause.start, clause.end) and not member:
        return text, clause
    end = end if member else clause.end
    blank = TIME_STAMP.sub(lambda m: " " * len(m.group(0)), text[start:end])
    blank = _MEMBER_CODE.sub(lambda m: " " * len(m.group(0)), blank)
    text = text[:start] + blank + text[end:]
    return text, analyse(text, start, end, *date)


#: a relative clause set off by commas ('…, who faces a ban in Ruritania, …'), with no other punctuation inside it
_RELATIVE_ASIDE = re.compile(r",\s*(?:who|which)\s+[^,;:()“”\"\n]{3,160}?,")


def _without_relative_aside(text: str, clause: Clause, date: tuple[int, int]) -> tuple[str, Clause]:
    """The text with a relative clause set off by commas blanked (same length, so every offset holds) when it
    opens before the clause's verb and does not hold the date, and the clause read again without it: 'The striker,
    who faces a ban in Ruritania, broke his silence on Monday' states what the striker did on Monday ('Striker breaks
    silence'), not the ban. The verb read again must be the first word after the relative clause (an adverb in
    -ly aside); unchanged otherwise (the relative clause holds the date, or no verb follows it)."""
    if clause.verb == (0, 0):
        return text, clause
    for m in _RELATIVE_ASIDE.finditer(text, clause.start, clause.end):
        if m.start() > clause.verb[0] or m.start() < date[1] and date[0] < m.end():
            continue  # (a relative clause after the verb, in its object, or one holding the date)
        blanked = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
        after = [t for t in tokens(blanked, m.end(), clause.end) if not (t.lower.endswith("ly") and t.lower not in
                                                                          _FUNCTION_END)][:1]
        if not after or after[0].is_cap:
            return text, clause
        main = analyse(blanked, clause.start, clause.end, *date)
        if main.verb != (0, 0) and main.verb[0] == after[0].start:
            return blanked, main
        word = after[0].lower
        past = list(past_lemmas(word))
        if past:  # 'broke (his silence)', which the analysis reads as an adjective
            return blanked, dataclasses.replace(main, verb=(after[0].start, after[0].end), verb_lemma=past[0],
                                                verb_form="past", subject=(0, 0))
        return text, clause
    return text, clause


#: a noun phrase set off by commas after the subject it renames ('…, a maker of pumps based in Ohio, …'), with no
#: other punctuation inside it; the comma that closes it is looked for, not taken (a name may close one and open the
#: next: 'Today, the trawler Sea Dawn, a vessel owned by …, sank')
_APPOSITIVE = re.compile(r",\s*(?:an?|the)\s+(?:[^,;:()“”\"\n]|\n(?!\s*\n)){3,160}?(?=,)")


def _without_appositive(text: str, clause: Clause, date: tuple[int, int]) -> tuple[str, Clause]:
    """The text with an appositive noun phrase set off by commas blanked (same length, so every offset holds) when
    the clause's verb is a participle inside it and a verb follows it, and the clause read again without it: 'The
    Acme Corp., a maker of pumps based in Ohio, filed for bankruptcy on Monday' states what Acme did ('Acme Corp.
    files for bankruptcy'), not where the maker is based. Unchanged when the phrase holds the date, follows no
    name or noun, or the clause read again has its verb elsewhere than the first word after the phrase."""
    if clause.verb == (0, 0) or clause.verb_form not in {"past", "passive", "participle"}:
        return text, clause
    comma = text.rfind(",", date[1], clause.verb[0])
    attributed = clause.verb_lemma in _REPORT_LEMMAS and comma >= 0 and _trailing_attribution(text, comma)
    for m in _APPOSITIVE.finditer(text, clause.start, clause.end):
        close = m.end() + 1
        if not (m.start() < clause.verb[0] < close or attributed and close <= date[0]) \
                or m.start() < date[1] and date[0] < close:
            continue  # (the verb is not inside the phrase nor a closing attribution's, or the phrase holds the date)
        before = [t for t in tokens(text, max(clause.start, m.start() - 40), m.start()) if t.word != "."][-1:]
        if not before or not before[0].is_word or before[0].lower in _FUNCTION_END | _DAY_ADVERBS \
                or _in_date(before[0], date) or not (before[0].is_cap or "NOUN" in _lemmas(before[0].lower)):
            continue  # ('On Monday, a court …': no noun renamed)
        blanked = text[: m.start()] + " " * (close - m.start()) + text[close:]
        after = [t for t in tokens(blanked, close, clause.end) if not (t.lower.endswith("ly") and t.lower not in
                                                                         _FUNCTION_END)][:1]
        word = after[0].lower if after and not after[0].is_cap else ""
        past = list(past_lemmas(word))
        if not word or not past and not _verbish(after[0]):
            continue
        main = analyse(blanked, clause.start, clause.end, *date)
        if main.verb != (0, 0) and main.verb[0] == after[0].start:
            return blanked, main
        if past:  # 'scored (twice)', 'left (port)', which the analysis reads as an adjective
            return blanked, dataclasses.replace(main, verb=(after[0].start, after[0].end), verb_lemma=past[0],
                                                verb_form="past", subject=(0, 0))
    return text, clause


#: a phrase that opens a sentence with the occasion or the document an act was told in ('At a May 4 news
#: briefing,', 'In a joint release issued March 2,', 'According to a May 9 agency report,'), up to its comma
_OCCASION_PHRASE = re.compile(r"\W*(?:in|at|during|according\s+to)\s+(?:(?:a|an|the|their|his|her|its|our)\s+)?"
                              r"(?P<words>[^,;:()\"“”\n]{3,120}?),\s+", re.I)


def _without_fronted_occasion(text: str, clause: Clause, date: tuple[int, int]) -> tuple[str, Clause]:
    """The text with the words of a fronted phrase of occasion or document that holds the date blanked (same length,
    the date and the comma kept), and the clause read again: 'At a May 4 news briefing, the mayor said the utility
    has set up a repair team' reads as 'May 4, the mayor said …', and 'In a ceremony held on Sunday in the town
    hall, Judge Lee honored the volunteers' as 'Sunday, Judge Lee honored …': the act told or done then
    is the event, not the briefing, the release or the letter it was told in. Unchanged when the phrase names no
    such occasion or text (:data:`timeline.occasion_words.TELLING_FORMS`), does not hold the date, or the clause
    read again has no subject and verb of its own after the phrase; and when another rule reads the phrase already
    (:func:`_fronted_frame`, :func:`_fronted_occasion`)."""
    m = _OCCASION_PHRASE.match(text, clause.start, clause.end)
    if not m or not m.start("words") <= date[0] < date[1] <= m.end("words") or date[0] < clause.start:
        return text, clause
    toks = [t for t in tokens(text, m.start("words"), m.end("words")) if not _in_date(t, date)]
    heads = [t for n, t in enumerate(toks) if t.lower in TELLING_FORMS and not (n and toks[n - 1].lower == "of")]
    comma = text.rfind(",", m.start("words"), m.end())
    if not heads or re.search(r"[“\"]", text[comma : clause.end]) or _fronted_frame(text, clause, date) is not None \
            or _fronted_occasion(text, clause, date):
        return text, clause  # (a quotation after the phrase: what the speaker said is read by other rules)
    blanked = text[: clause.start] + " " * (date[0] - clause.start) + text[date[0] : date[1]] \
        + " " * (comma - date[1]) + text[comma:]
    main = analyse(blanked, clause.start, clause.end, *date)
    if main.verb == (0, 0) or main.subject != (0, 0) and main.subject[0] <= comma or main.verb[0] <= comma \
            or main.verb_form not in {"past", "present", "perfect", "progressive", "passive"} or main.verb_lemma == "be":
        return text, clause
    that = re.search(r"\bthat\b", text[comma : main.verb[0]])
    said = [t for t in tokens(text, comma, main.verb[0]) if t.lower in _REPORT_WORDS or not t.is_cap and t.is_word
            and past_lemmas(t.lower) and t.lower not in _FUNCTION_END]  # ('admitted', 'confirmed': a speaker's verb)
    if that and not said:
        return text, clause  # ('…, the senators point out that the networks are …': a verb the reading missed)
    if said and not re.match(r"(?:has|have|is|are)\b", text[main.verb[0] : main.verb[1]], re.I):
        return text, clause  # ('In a May 5 interview, the coach admitted the team had struggled': what was said
        # then tells an earlier act; only what has been done or is going on by then is the day's news)
    return blanked, main


#: a phrase after a verb naming the document an act was told in, its participle and the date at its end ('… in a
#: notice posted by the council May 3', '… in a letter sent Monday')
_DOCUMENT_PHRASE = re.compile(r"\s+(?:in|through|via)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,3}?"
                              r"(?P<noun>[\w-]+?)s?\s+(?P<participle>[a-z]+)\b[^,;:()\"“”\n]{0,60}?$")


def _without_document_phrase(text: str, clause: Clause, date: tuple[int, int]) -> tuple[str, Clause]:
    """The text with a phrase naming the document an act was told in blanked between the verb and the date (same
    length, the date kept), and the clause read again: 'The mayor pledged in a notice posted by the council on
    May 3 that new funds would flow' reads as 'The mayor pledged … on May 3 that …', and 'The senator asked in a
    letter sent Monday that …' as 'The senator asked … Monday that …': the date is the release's, and the release is
    the act the verb tells, not an event of its own. Unchanged when no past verb stands right before the phrase,
    the phrase names no occasion or text (:data:`timeline.occasion_words.TELLING_FORMS`) or its participle is
    none, or the clause read again does not take that verb."""
    before = text[clause.start : date[0]]
    found = _DOCUMENT_PHRASE.search(before)
    if not found or found.group("noun").lower() not in TELLING_FORMS or not _past_participle(
            found.group("participle")):
        return text, clause
    at = clause.start + found.start()
    verb = [t for t in tokens(text, clause.start, at) if t.is_word][-1:]
    if not verb or verb[0].is_cap or not past_lemmas(verb[0].lower) or verb[0].lower in _FUNCTION_END:
        return text, clause
    keep = re.search(r"\s(?:on\s+)?$", before[found.start() :])  # ('… council on May 3': 'on' stays with its date)
    cut = clause.start + found.start() + (keep.start() if keep else len(before) - found.start())
    blanked = text[:at] + " " * (cut - at) + text[cut:]
    main = analyse(blanked, clause.start, clause.end, *date)
    if main.verb[0] != verb[0].start:
        return text, clause
    return blanked, main


#: a comment clause that opens a sentence and says when its content was told ('As I outlined last week,', 'As we
#: said yesterday,', 'As the minister noted on Monday,'): 'as', a speaker, a verb of telling, up to its comma
_AS_COMMENT = re.compile(r"\W*As\s+(?:I|we|he|she|they|(?:the\s+)?[\w.’'-]+(?:\s+[\w.’'-]+){0,3}?)\s+"
                         r"(?P<verb>[a-z]+)\b(?P<rest>[^,;:()\"“”\n]{0,80}?),\s+")
_TELLING = {"said", "stated", "outlined", "noted", "mentioned", "announced", "explained", "indicated", "reported",
            "told", "wrote", "described", "discussed", "promised", "pledged", "warned"}


def _without_as_comment(text: str, clause: Clause, date: tuple[int, int]) -> tuple[str, Clause]:
    """The text with an opening comment clause that holds the date blanked but for the date (same length), and the
    clause read again: 'As I outlined last week, the tests showed the samples are identical' reads as 'last week,
    the tests showed …': what was told then is the event, not the telling (a title 'As I outlined' says nothing).
    Unchanged when the comment's verb is no verb of telling (:data:`_TELLING`), the date is not in it, it names
    where the telling was ('As I said at the forum in May': the speech is the event), or the clause read again has
    no verb of its own after the comment."""
    m = _AS_COMMENT.match(text, clause.start, clause.end)
    if not m or m.group("verb") not in _TELLING or not m.start("verb") < date[0] < date[1] <= m.end("rest"):
        return text, clause
    if not re.fullmatch(r"[\s,]*(?:(?:on|in|back|earlier|just|only|to\s+\w+)\s+)*", text[m.end("verb") : date[0]], re.I):
        return text, clause  # ('As I said at the forum in May, …': where it was told is the event then)
    comma = text.rfind(",", 0, m.end())
    blanked = text[: clause.start] + " " * (date[0] - clause.start) + text[date[0] : date[1]] \
        + " " * (comma - date[1]) + text[comma:]
    main = analyse(blanked, clause.start, clause.end, *date)
    if main.verb == (0, 0) or main.verb[0] <= comma or main.subject != (0, 0) and main.subject[0] <= comma:
        return text, clause
    return blanked, main


_THANKS = re.compile(r"\bthanks?\s+(?:you\s+)?(?:\w+\s+){0,2}?for\s+(?:the|this|giving\s+me\s+the)\s+(?:opportunity|"
                     r"chance|invitation|privilege)\s+to\s+(?P<verb>[a-z]+)\b", re.I)
#: a statement's or testimony's header naming its speaker and the body it is given before
_TESTIMONY_HEAD = re.compile(r"(?:(?P<name>[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z]+),[^\n]{0,120}?\s|"
                             r"\b(?:Statement|Testimony|Remarks)\s+(?:of|by)\s+(?P<name2>(?:[A-Z][\w.]*\s+){1,3}?))"
                             r"(?:Statement|Testimony|Remarks|[a-z,\s]{0,40}?)\s*before\s+(?:the\s+)?"
                             r"(?P<body>[A-Z][\w’'&-]*(?:[ \t]+(?:(?:on|of|and)[ \t]+)?[A-Z][\w’'&-]*){0,5})")


def _thanked_chance(text: str, clause: Clause) -> str:
    """'Chair Roe, thanks for this chance to appear before the panel': a witness's opening is the act it
    thanks for, done by the speaker the text's header names ('Jane Doe, Chief Economist … Testimony before the
    Senate Finance Committee' → 'Jane Doe testifies before Senate Finance Committee'); "" when no header names the
    speaker."""
    m = _THANKS.search(text, clause.start, clause.end)
    lemma = _lemmas(m.group("verb").lower()).get("VERB", ("",))[0] if m else ""
    if not lemma:
        return ""
    head = None
    for head in _TESTIMONY_HEAD.finditer(text, max(0, m.start() - 3000), m.start()):
        break  # the first header of the text above
    if head is None:
        return ""
    name = (head.group("name") or head.group("name2") or "").strip()
    body = head.group("body").strip()
    title = f"{name} {third_person(lemma)} before {body}"
    return title if len(title) <= MAX_TITLE else _fit(title.split(), MAX_TITLE)


#: a goal stated as a copula and its infinitives: "(one of) the club's goals are to …"
_GOAL = re.compile(r"(?:\b(?:one|two|three|some|several)\s+of\s+)?\b(?:the\s+)?(?P<owner>(?:[\w-]+\s+){0,3}?[\w-]+)[’']s\s+"
                   r"(?:\w+\s+)?(?:goals?|aims?|objectives?|ambitions?|priority|priorities|intention)\s+"
                   r"(?:\w+\s+){0,3}?(?:is|are|was|were|will\s+be)\s+to\s+", re.I)


def _goal_title(text: str, clause: Clause, date: tuple[int, int]) -> str:
    """'The club's goals are to win the league next year and to pay off its debt by 2030': the owner aims to do the
    infinitive that holds the date (the first one when none does): 'Club aims to win league'; "" when the sentence
    states no goal so or its owner is a pronoun."""
    m = _GOAL.search(text, clause.start, clause.end)
    owner = m.group("owner") if m else ""
    if not m or owner.lower() in _POSSESSIVE | _PRONOUN_SUBJECTS_ALL or not re.search(r"[A-Za-z]{2}", owner):
        return ""
    parts = [(m.end(), clause.end)]
    for sep in re.finditer(r",?\s+and\s+to\s+", text[m.end() : clause.end]):
        parts[-1:] = [(parts[-1][0], m.end() + sep.start()), (m.end() + sep.end(), clause.end)]
    start, end = next(((a, b) for a, b in parts if a <= date[0] < b), parts[0])
    words = [t.word for t in tokens(text, start, end) if not _in_date(t, date) and t.lower not in {"a", "an", "the"}
             and (t.is_word or re.match(r"[$€£\d]", t.word))]
    words = _TIME_WORDS.sub("", " ".join(words)).split()
    while words and (words[-1].lower() in _FUNCTION_END or words[-1].lower() in {"long", "well", "just"}):
        words.pop()  # 'long before (the 2015 deadline)'
    name = _clean(tokens(text, m.start("owner"), m.end("owner")), text)
    verb = "aim" if _plural_actor(name) else "aims"
    title = _fit([name, verb, "to", *words], MAX_TITLE)
    return title[:1].upper() + title[1:] if len(title.split()) > 3 else ""


_ORDINAL_WORDS = re.compile(r"\s+((?:twenty|thirty)[- ])?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
                            r"tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|"
                            r"eighteenth|nineteenth|twentieth|thirtieth)\b", re.I)


def _first_title(rules: tuple[Callable[[str, Clause, tuple[int, int]], str], ...], text: str, clause: Clause,
                 date: tuple[int, int]) -> str:
    """The title of the first of ``rules`` that gives one (each ``rule(text, clause, date)``), "" when none does."""
    return next((title for title in (rule(text, clause, date) for rule in rules) if title), "")


def _without_day_word(text: str, date: tuple[int, int], title: str) -> str:
    """A title without the day a month date is followed by in words and its preposition (*close the deal on March
    second* → ``… deal``, not ``… sale on second``)."""
    m = _ORDINAL_WORDS.match(text, date[1])
    if not m or not re.search(r"(?:january|february|march|april|may|june|july|august|september|october|november|"
                              r"december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$",
                              text[date[0] : date[1]], re.I):
        return title
    day = re.escape(m.group(0).strip()).replace(r"\ ", r"\s+").replace("\\-", "[- ]")
    return re.sub(r"(?:\s+(?:on|by|until|from|since|of|in))?\s+" + day + r"\b", "", title, flags=re.I).strip() or title


def _without_day_owner(text: str, date: tuple[int, int], title: str) -> str:
    """A title without the day its subject is owned by ('Today's hearing takes place …' → 'Hearing takes place
    …', 'Monday's final …' → 'Final …'): the date, said as the title's first words."""
    said = text[date[0] : date[1]]
    m = re.match(re.escape(said) + r"[’']s\s+", title, re.I) if said.strip() else None
    rest = title[m.end() :] if m else ""
    return rest[:1].upper() + rest[1:] if m and len(rest.split()) >= 3 else title


def _no_first_person(title: str) -> str:
    """A title without the speaker's first and second person: no *my/our/your* (``at my first meeting`` → ``at first
    meeting``) and no clause or reflexive purpose of theirs at its end (``Agency identifies strain we’d never seen`` →
    ``Agency identifies strain``; ``Funds moved to shelters to ready ourselves`` → ``Funds moved to shelters``)."""
    title = re.sub(r"(?:^(?:My|Our|Your)|\b(?:my|our|your))\s+(?=\w)", "", title) or title
    cut = re.search(r"\s(?:we|you|I)(?:[’'](?:d|ve|re|ll|m))?\s.*$", title) \
        or re.search(r"\s(?:to\s+[a-z]+\s+)?(?:ourselves|myself|yourselves|yourself)\b.*$", title)  # '… to help ourselves'
    return title[: cut.start()] if cut and len(title[: cut.start()].split()) >= 3 else title


_REASON = re.compile(r"\s*because\s+(?:the\s+|its\s+|their\s+)?([a-z]+)\s+([a-z]+s)\s+(?:was|were|had been|have been)"
                     r"\s+(?:deemed\s+|considered\s+|judged\s+|found\s+)?(?:too|un\w+|not)\b")


def _over_reason(text: str, clause: Clause, date: tuple[int, int], title: str) -> str:
    """'The match was abandoned Wednesday because wind speeds were deemed too great': a reason right after the
    title's last word and the date, a compound noun judged too much or not enough, is said the headline way ('Match
    abandoned over wind speeds') when it fits; the title unchanged otherwise."""
    last = title.split()[-1] if title else ""
    at = text.find(last, clause.start, date[0]) if last else -1
    if at < 0 or text[at + len(last) : date[0]].strip(" ,") not in {"", "on", "early", "late", "early on", "late on"}:
        return title
    m = _REASON.match(text, date[1], clause.end)
    if not m or "NOUN" not in _lemmas(m.group(1)) or m.group(2).endswith(("ers", "ors", "ists", "ians")):
        return title  # (not people: 'because the pilots were unfit')
    joined = f"{title} over {m.group(1)} {m.group(2)}"
    return joined if len(joined) <= MAX_TITLE else title


_HOLIDAYS = frozenset({*HOLIDAYS_FIXED, *HOLIDAYS_NTH, *HOLIDAYS_EASTER})


def _on_holiday(text: str, date: tuple[int, int], title: str) -> str:
    """'All centers will be closed on Thanksgiving': a date that is a named holiday says what the day is, and stays
    in the title when it fits ('All centers to be closed on Thanksgiving'); the title unchanged otherwise."""
    prep = re.match(r"(on|at|over|during|for|until|before|after)\s+", text[date[0] : date[1]].strip(), re.I)
    written = text[date[0] : date[1]].strip()[prep.end() if prep else 0 :]
    if not title or written.lower().replace("’", "'") not in _HOLIDAYS or written.lower() in title.lower():
        return title
    joined = f"{title} {prep.group(1).lower() if prep else 'on'} {written}"
    return joined if len(joined) <= MAX_TITLE else title


def _with_consequence(text: str, clause: Clause, date: tuple[int, int], title: str) -> str:
    """'Play stopped after a hailstorm swept the ground Monday night': a short main clause without an object before
    the dated 'after' clause is what followed at once, and the headline says both when it fits ('Play stops after
    hailstorm sweeps ground'); the title unchanged otherwise."""
    sub = _subclause(text, clause, date)
    if sub is None or clause.verb == (0, 0) or clause.verb_lemma in {"be", "have"} | _REPORT_LEMMAS:
        return title
    after = re.search(r"\s+after\s+", text[clause.verb[1] : sub.start])
    main = text[clause.start : clause.verb[1] + after.start()] if after else ""
    if not main or text[clause.verb[1] : clause.verb[1] + after.start()].strip() or len(main.split()) > 4 \
            or re.search(r"[,;:()]", main):
        return title  # (an object, a comma, a long main clause: the dated clause alone)
    head = _verb_title(text, dataclasses.replace(clause, end=clause.verb[1]), date)
    first = title.split()[0] if title else ""
    if not head or not first or len(head.split()) > 4:
        return title
    low = first.lower() if re.search(r"\b%s\b" % re.escape(first.lower()), text[sub.start : sub.end]) else first
    joined = f"{head} after {low}{title[len(first):]}"
    return joined if len(joined) <= MAX_TITLE else title


_NOMINAL = re.compile(r"^([A-Za-z][a-z]+(?:tion|sion|ment))s? of ((?:the |an? )?[a-z0-9$](?:[^,;:A-Z]|,(?=\d))*?)"
                      r"(?: (?:takes?|took) place| occurs?| occurred)?$")
#: nouns in -tion/-sion/-ment whose 'of' names no one the act is done to ('the decision of the court')
_NOT_DONE_TO = {"decision", "statement", "government", "administration", "department", "movement", "commission",
                "nation", "station", "session", "position", "condition", "population", "generation", "mission",
                "version", "tension", "question", "foundation", "organization", "organisation", "comment", "moment",
                "management", "parliament", "agreement", "resolution", "opinion", "mention", "attention", "section",
                "portion", "collection", "association", "federation", "institution", "union", "region", "action"}


#: verbs that say no more than that something happened ('A fire occurred', 'The meeting took place')
_HAPPENED = re.compile(r"^(?P<what>.+?)\s+(?:occurs|happens|takes\s+place|breaks\s+out|occur|happen|take\s+place)$")
#: a relative clause after a comma that says what the happening did (', which forced …', ', that provoked …')
_RESULT = re.compile(r"\s*,\s*(?:which|that)\s+(?P<verb>[a-z]+ed)\s+")


def _happening_result(text: str, clause: Clause, date: tuple[int, int], title: str) -> str:
    """'Another landslide occurred on Monday, which forced the closure of the pass': a title that only says something
    happened ('Another landslide occurs') says what it did instead, from the relative clause after it ('Another
    landslide forces closure of pass'); the title unchanged otherwise."""
    what = _HAPPENED.match(title)
    if what is None or clause.verb == (0, 0):
        return title
    m = _RESULT.match(text, max(clause.verb[1], date[1]))
    lemma = _lemmas(m.group("verb")).get("VERB", ("",))[0] if m else ""
    if not lemma or lemma in _REPORT_LEMMAS | {"be", "have"} \
            or not any(m.group("verb") in verb_forms(v).get("VBD", ()) for v in _lemmas(m.group("verb"))["VERB"]):
        return title
    rest = dataclasses.replace(clause, start=m.start("verb"), verb=(m.start("verb"), m.end("verb")), verb_lemma=lemma)
    tail = _tail(text, rest, m.end("verb"), date, after_verb=True)
    result = _assemble(what.group("what"), [third_person(lemma)], _coordinated_present(tail, False)) if tail else ""
    return result[:1].upper() + result[1:] if result and len(result.split()) > len(what.group("what").split()) + 1 \
        else title


def _done_to(title: str) -> str:
    """An event noun and what it was done to, as a headline's participle ('Evacuation of civilians within 3 km
    radius of plant' → 'Civilians within 3 km radius of plant evacuated'; 'Evacuations of 300,000 people take
    place' → '300,000 people evacuated'); the title unchanged when its noun has no verb."""
    m = _NOMINAL.match(title)
    if not m:
        return title
    noun = m.group(1).lower()
    if noun in _NOT_DONE_TO:
        return title
    stem = noun[: -len("ment")] if noun.endswith("ment") else noun[:-3]
    for cand in (stem, stem + "e", stem[:-1] + "de" if noun.endswith("sion") else "", stem[:-1] + "e"):
        lemmas = all_lemmas(cand).get("VERB", ()) if cand else ()
        done = verb_forms(cand).get("VBN", ()) if cand in lemmas else ()
        if done:
            thing = re.sub(r"^(?:the|an?) ", "", m.group(2))
            out = f"{thing} {done[0]}"
            return out if len(out) <= MAX_TITLE else title
    return title


#: participles of a schedule whose date the title leaves out: nothing to say without it
_SCHEDULED = {"scheduled", "planned", "slated", "set", "due", "expected"}
#: time words a headline leaves out (the event's date is shown beside it): weekdays, clock times, 'this week'
_TIME_WORDS = re.compile(
    r"\s*\b(?:(?:scheduled|planned|slated|set|due)\s+(?:for|on)\s+)?"  # 'a rally scheduled for Wednesday'
    r"(?:(?:on|by|until|late|early|earlier|last|this|next)\s+)*(?:(?:late|early)\s+)?"
    rf"(?:{WEEKDAY_RE}|yesterday|today|tonight|tomorrow)"
    r"(?:\s+(?:night|morning|afternoon|evening))?\b(?![’'])(?-i:(?!\s+[A-Z]))"  # (not 'Sunday Herald': a name)
    r"|\s*\b(?:at|by|around|about)\s+\d{1,2}(?::\d{2}|\.\d{2}(?=\s*[ap]\.?m\b))(?:\s*[ap]\.?m\b\.?)?"
    r"(?:\s+local time)?"
    r"|\s*\b(?:earlier |later )?(?:this|last|next) (?:week|month|year|weekend|morning|afternoon|evening|night)\b"
    r"(?![’'])|\s*\blocal time\b"
    r"|\s*\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:year|month|week|day)s? ago\b",
    re.I,
)


def _with_setting(text: str, clause: Clause, date: tuple[int, int], title: str) -> str:
    """'At a club ceremony in Turin Monday, fans stood in silence': the fronted phrase that holds the date
    says where the event took place, and joins the title when it fits ('… in silence at club ceremony in
    Turin')."""
    m = re.match(r"\W*(at|in|during|after|amid|following)\s+([^,;:]+),", text[clause.start : clause.verb[0]], re.I)
    if not m or not clause.start + m.start(2) <= date[0] < clause.start + m.end(2):
        return title
    words = [t for t in tokens(text, clause.start + m.start(2), clause.start + m.end(2)) if not _in_date(t, date)
             and t.lower not in {"a", "an", "the"}]
    while words and (words[-1].lower in _FUNCTION_END or not words[-1].is_word):
        words.pop()
    if not any(t.is_word and not t.is_cap and "NOUN" in _lemmas(t.lower) for t in words) or any(
            t.lower in _PHRASE_START | _HARD_STOP and t is not words[0] and t.lower not in {"in", "of", "at"}
            for t in words):
        return title
    if _only_calendar(_render(text, words).split()):
        return title  # 'In January of last year, …': the rest of a date, no setting
    setting = f"{m.group(1).lower()} {_render(text, words)}"
    joined = f"{title} {setting}"
    return joined if len(joined) <= MAX_TITLE and setting.split()[1].lower() not in title.lower() else title


#: verbs that take the place a 'where' clause refers to as their object ('where rioters entered' → 'enter Senate')
#: verbs of coming together or starting that say little without what follows ('delegates start in Charlotte')
_VAGUE = {"start", "starts", "begin", "begins", "open", "opens", "gather", "gathers", "meet", "meets", "arrive",
          "arrives", "convene", "convenes", "assemble", "assembles"}
_WILL_ACT = re.compile(r",?\s+and\s+(?:will|are\s+expected\s+to|are\s+set\s+to|are\s+due\s+to)\s+"
                       r"(?:(?:likely|probably|then|also|officially|formally|eventually)\s+)*([a-z]+)\s+")


def _coming_act(text: str, clause: Clause, title: str) -> str:
    """A title whose verb only says that someone gathers or starts ('Party delegates start in Charlotte'), when
    the clause goes on with what they will do ('…, and will likely officially nominate Jane Roe as their candidate')
    with that act as its purpose, headline style ('Party delegates start in Charlotte to nominate Jane Roe'); the
    title itself otherwise."""
    words = title.split()
    verb = next((n for n, w in enumerate(words[:6]) if w.lower() in _VAGUE), -1)
    if verb < 1 or any(w.lower() not in _PHRASE_START and not w[:1].isupper() and not w.endswith(",")
                       for w in words[verb + 1 : verb + 2]):
        return title  # 'Jury begins deliberations': an object says what began
    m = _WILL_ACT.search(text, clause.start, clause.end + 300)
    sentence_end = re.search(r"[.!?](?:\s|$)", text[clause.start :])
    if not m or sentence_end and m.start() > clause.start + sentence_end.start():
        return title
    lemmas = _lemmas(m.group(1)).get("VERB", ())
    if m.group(1) not in lemmas or lemmas[0] in _NO_ACTION:
        return title
    what = dataclasses.replace(clause, start=m.end(1) - len(m.group(1)), end=clause.end + 300, verb=(0, 0))
    tail = _tail(text, what, m.end(1), (0, 0))
    tail = list(itertools.takewhile(lambda w: w.lower() not in {"as", "in", "at", "during", "after", "before"}, tail))
    act = f"{title} to {m.group(1)} {' '.join(tail)}".strip()
    return act if tail and len(act) <= MAX_TITLE else title


def _completed(text: str, clause: Clause, date: tuple[int, int], title: str) -> str:
    """A verb's title completed with what its clause says around it: the place a relative clause names, the dated
    setting, named places for a vague one, the act a gathering will do, the post a person is put into, and a toll
    set off after it."""
    title = _where_place(text, clause, date, title)
    title = _with_setting(text, clause, date, title)
    title = _named_places(text, clause, title)
    title = _coming_act(text, clause, title)
    title = _in_role(text, clause, title)
    return _with_toll(text, clause, date, title)


#: verbs that put a person into a post: 'the new coach, Ann Lee, was appointed' is 'Ann Lee appointed as new coach'
_INSTALLING = {"appoint", "name", "confirm", "elect", "swear", "install", "nominate", "hire", "choose", "select",
               "approve", "reappoint", "promote"}
#: words of a person's standing before a post is theirs ('the nominee for the court, Ann Poe, was confirmed')
_HOPEFULS = {"nominee", "nominees", "candidate", "candidates", "pick", "choice", "designate", "hopeful", "contender"}
#: a subject that is a post with the name of its holder set off by commas, before a passive verb
_ROLE_NAME = re.compile(r"\b[Tt]he\s+(?P<role>(?:new\s+|newly\s+\w+\s+|next\s+)?[\w’'&.-]+(?:\s+[\w’'&.-]+){0,5}?)"
                        r",\s+(?:(?:Dr|Mr|Ms|Mrs|Sen|Rep|Gen|Judge)\.?\s+)?(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}),"
                        r"\s+(?:(?:was|were|is|has\s+been|had\s+been)\s+)?$")


def _in_role(text: str, clause: Clause, title: str) -> str:
    """'The new chief executive of Acme, Jane Roe, was appointed on Monday': a passive that puts a person into a
    post written as the subject before the name says which post ('Jane Roe appointed as new chief executive of
    Acme'), when it fits and the title has nothing after its participle; the title itself otherwise."""
    if clause.verb_lemma not in _INSTALLING or clause.verb == (0, 0):
        return title
    m = _ROLE_NAME.search(text, clause.start, clause.verb[0])
    if not m or m.group("role").split()[0].lower() in _GENERIC_HEADS | {"a", "an", "this", "that", "former"} \
            or _HOPEFULS & {w.lower() for w in m.group("role").split()}:
        return title  # 'the nominee for the court, Ann Poe, was confirmed': a hopeful, not the post
    name, participle = m.group("name"), text[clause.verb[0] : clause.verb[1]].split()[-1]
    words = title.split()
    words = words[:-1] if len(words) > 2 and words[-1] == "in" and clause.verb_lemma == "swear" else words
    if len(words) < 2 or words[-1] != participle or not name.endswith(" ".join(words[:-1])):
        return title
    role = re.sub(r"\b(?:the|a|an)\s+", "", m.group("role"))  # 'coach of the Rovers': 'coach of Rovers'
    particle = " in" if clause.verb_lemma == "swear" and re.match(r"\s+in\b", text[clause.verb[1] :]) else ""
    longer = f"{' '.join(words)}{particle} as {role}"  # 'sworn in as …'

    return longer if len(longer) <= MAX_TITLE else title


#: a participle of consequence set off after the clause ('…, killing at least 40 people')
_TOLL = re.compile(r",\s+(killing|injuring|wounding|leaving|displacing|wiping|forcing|stranding)\s+"
                   r"((?:at\s+least\s+|more\s+than\s+|about\s+|some\s+|nearly\s+|up\s+to\s+)?[\w$€£.,-]+"
                   r"(?:\s+[a-z]+){0,3}?)(?=\s+(?:and|in|on|at|across|from|off|with|while|as)\b|[,;.]|$)")


_NUMBER = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
                     r"forty|fifty|hundred|thousand|million|billion|dozen)s?\b", re.I)


def _with_toll(text: str, clause: Clause, date: tuple[int, int], title: str) -> str:
    """A title with the human or material toll its clause adds as a participle ('A missile struck a residential
    building on Saturday, killing at least 40 people' → 'Missile strikes residential building, killing at least
    40'), headline style, when it fits (the title's last place phrase may go for it); the title itself otherwise."""
    m = _TOLL.search(text, max(clause.verb[1], date[1]) if clause.verb != (0, 0) else date[1], clause.end + 200)
    if not m or re.search(r"[.;!?]", text[clause.verb[1] : m.start()]) or not _NUMBER.search(m.group(2)):
        return title  # no number: 'leaving the city', 'forcing a delay' say no toll
    toll = re.sub(r"\s+(?:of\s+)?(?:people|persons|residents|civilians)$", "", m.group(2).strip(" ,."))
    if toll.split()[-1].lower() in _FUNCTION_END:
        return title
    for head in (title, re.sub(r"\s+(?:in|at|on|near|across)\s+[^,]+$", "", title)):
        whole = f"{head}, {m.group(1)} {toll}"
        if len(whole) <= MAX_TITLE and head.split()[-1].lower() not in _FUNCTION_END:
            return whole
    return title


#: a vague place made precise by the names after it: 'in hard-hit regions, notably in Lombardy and Veneto'
_PARTICULARLY = re.compile(r"\b(in|across|throughout)\s+((?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}),\s+(?:particularly|"
                           r"especially|notably|mainly|mostly|chiefly|primarily)\s+(?:in\s+)?"
                           r"((?:[A-Z][\w.’'-]*)(?:(?:\s+|\s*,\s*|\s+and\s+|,\s+and\s+)[A-Z][\w.’'-]*)*)")


def _named_places(text: str, clause: Clause, title: str) -> str:
    """A title whose place is a common noun phrase that the clause makes precise with names ('Vaccination drives began
    Tuesday in hard-hit regions, notably in Lombardy and Veneto') with those names instead (`Vaccination
    drives begin in Lombardy and Veneto`), as a headline says where; the title itself otherwise."""
    m = _PARTICULARLY.search(text, clause.start, clause.end)
    if not m:
        return title
    vague = " ".join(w for w in m.group(2).split() if w.lower() not in {"the", "a", "an"})
    names = re.sub(r"\s*,\s*(?=and\s)", " ", m.group(3)).strip(" ,")
    names = names[:-1] if re.search(r"[a-z]{2}\.$", names) else names  # the sentence's full stop, not 'N.J.'
    end = f" {m.group(1)} {vague}"
    if not title.endswith(end) or any(w[:1].isupper() for w in vague.split()):
        return title
    named = f"{title[: -len(end)]} {m.group(1)} {names}"
    return named if len(named) <= MAX_TITLE else title


_PLACE_OBJECT_VERBS = {"enter", "storm", "occupy", "visit", "attack", "raid", "leave", "reach", "tour", "seize",
                       "besiege", "surround", "flee", "evacuate", "bomb", "shell", "capture", "overrun", "invade"}


def _where_place(text: str, clause: Clause, date: tuple[int, int], title: str) -> str:
    """'… outside the courthouse, where protesters had gathered a week before': a 'where' clause whose verb has nothing
    after it happens at the place it refers to, which the title names ('Protesters gather at courthouse'; 'Judge to rule at
    county court' for an intransitive verb)."""
    own = re.match(r"\s*where\s", text[clause.start : clause.end], re.I)
    at = clause.start + own.start() if own else clause.start
    head = own or re.search(r"\bwhere\s*$", text[max(0, clause.start - 12) : clause.start], re.I)
    if not head or clause.verb == (0, 0) or _tail(text, clause, clause.verb[1], date, after_verb=True):
        return title
    toks = tokens(text, max(0, at - 200), at)
    k = len(toks) - (0 if own else 1)  # before 'where'
    k -= k > 0 and toks[k - 1].word == ","
    i, _ = _np_start(toks, k, antecedent=True)
    place = _clean(toks[i:k], text) if i < k else ""
    if not place or not any(t.is_cap for t in toks[i:k]) or place.lower() in title.lower():
        return title
    joined = f"{title} {place}" if clause.verb_lemma in _PLACE_OBJECT_VERBS else f"{title} at {place}"
    return joined if len(joined) <= MAX_TITLE else title


#: verbs whose object is a gathering the actor took part in or ran ('attended Monday's hearing')
_ATTENDING = {"attend", "boycott", "skip", "chair", "adjourn", "address", "host"}


def _governed_by_verb(text: str, clause: Clause, date: tuple[int, int]) -> bool:
    """Whether the noun phrase holding the date is an adjunct right after the verb ('hinted in a late June
    post') or the verb's subject ('Monday's vote results were counted'), so the verb states the event."""
    frame = _says_form(text, clause, date)
    if frame and frame[0] < date[0] < frame[1]:
        return True  # 'Hale hinted in a late June post that …'
    after = text[clause.verb[1] : date[0]]
    if re.fullmatch(r"\s*(?:in|on|at|during|via|through)\s+(?:(?:a|an|the)\s+)?", after, re.I):
        return True
    if clause.verb_lemma in _ATTENDING and re.fullmatch(r"\s*(?:(?:a|the)\s+)?", after):
        return True  # 'Relatives of the victims attended Wednesday's hearing': who attended it is the news
    if _fronted_occasion(text, clause, date):
        return True  # 'At a June 3 news conference, the coach announced his retirement'
    between = text[date[1] : clause.verb[0]]
    return date[1] <= clause.verb[0] and not re.search(r"[,;:()]|\b(?:%s)\b" % "|".join(sorted(_PHRASE_START)),
                                                        between, re.I)


#: a preposition and determiner that open a clause with the phrase a date names ('In a', 'At their', 'During')
_OCCASION_OPENING = re.compile(r"\W*(?:in|at|during)\s+(?:(?:a|an|the|their|his|her|its|our)\s+)?", re.I)


def _fronted_occasion(text: str, clause: Clause, date: tuple[int, int]) -> bool:
    """Whether the date names an occasion in a phrase that opens the clause, set off by one comma before the
    clause's subject and verb ('In a January 19 letter, the senator asked the agency …', 'At a June 3 news
    conference, the coach announced …'): what the subject did then is the event, not the occasion alone; not when
    the clause's verb is what a speaker in the subject said ('In a May 5 interview, the coach admitted the team had
    struggled')."""
    opening = _OCCASION_OPENING.match(text, clause.start)
    if not opening or opening.end() != date[0] or clause.subject == (0, 0) or clause.verb[0] < date[1]:
        return False
    between = text[date[1] : clause.subject[0]]
    said = any(t.lower in _REPORT_WORDS or t.lower.endswith("ed") and "VERB" in _lemmas(t.lower)
               for t in tokens(text, *clause.subject)[1:])  # 'the coach admitted the team (had struggled)': the
    # analysis's subject holds the speaker's verb, and the verb is what was said, not done then
    return not said and re.fullmatch(r"[^,;:()\"“”]*,\s*(?:(?:the|a|an|its|their|his|her|our|this|these)\s+)?",
                                     between, re.I) is not None and clause.subject[1] <= clause.verb[0]


def _acted_at(text: str, clause: Clause, date: tuple[int, int]) -> bool:
    """Whether the noun phrase the date names is where the clause's act took place: 'at'/'during'/'in' it, after
    the main verb in the same clause ('Okafor raised the issue at today's board meeting', 'ran in the 2012 race')."""
    if clause.verb == (0, 0) or clause.verb_lemma in {"be", "have"} or clause.verb[1] > date[0]:
        return False
    between = text[clause.verb[1] : date[0]]
    return re.search(r"\b(?:at|during|in)\s+(?:(?:the|a|an)\s+)?$", between, re.I) is not None and not re.search(
        r"[,;:()]", between)


def _initial_adverbial(text: str, clause: Clause, date: tuple[int, int]) -> bool:
    """'On Thursday, …', 'In 1997, …': the date opens the clause as an adverbial."""
    head = text[clause.start : date[0]].strip().lower()
    return head in {"", "on", "in", "at", "by", "since", "until", "during", "from", "early", "late", "earlier",
                    "later", "back in", "as early as", "in early", "in late", "in mid", "as of"}


_NP_STOP = _HARD_STOP | {"and", "or", "to", "with", "by", "at", "on", "from", "into", "over", "under", "for",
                         "than", "that", "was", "were", "is", "are", "has", "have", "had", "been", "be", "will",
                         "would", "could", "should", "may", "might", "such", "including", "like", "through"}


def event_phrase(text: str, clause: Clause, date_start: int, date_end: int, *, loose: bool = True,
                 target: bool = False) -> list[str]:
    """Words of the noun phrase a date belongs to, or ``[]``.

    ``the twin floods of March 11``, ``last Friday’s tsunami``, ``the 1990 Charter of Westhaven`` (always);
    ``Roe’s Eastport Speech in 2007`` (only when ``loose``: a date after ``in`` may also belong to the verb);
    with ``target``, what an act after the date was done on or against (``the May 4 raid on the harbor``,
    :func:`_target_phrase`).

    Parameters
    ----------
    text : str
    clause : Clause
    date_start, date_end : int
    loose : bool, default True
    target : bool, default False
        Whether an ``on``/``against`` phrase after the noun stays (the title's phrase, not identity's).

    Returns
    -------
    list of str
        The phrase's words without articles (empty when the date belongs to no noun phrase).
    """
    before = tokens(text, clause.start, date_start)
    possessive = text[date_end : date_end + 2] in ("'s", "’s")
    after = tokens(text, date_end + (2 if possessive else 0), clause.end)
    words: list[str] = []
    if _verb_before_content(text, before, date_end):
        return []  # 'The bank announced in May 2017 that …': the date is the verb's, no noun phrase's
    if before and before[-1].word.lower() in ({"of", "in", "from"} if loose else {"of"}) and not possessive:
        k = len(before) - 1
        i = k
        while i > 0:
            t = before[i - 1]
            w = t.word.lower()
            if not t.is_word and t.word not in {"-", "&"} or w in _NP_STOP or w.endswith("ing") and not t.is_cap \
                    and before[i].word.lower() != "of":
                break  # ('the club's sacking of coach Ann Lee in May' keeps its gerund)
            if w in {"in", "of", "for"} and not (before[i].is_cap and i - 2 >= 0 and before[i - 2].is_word):
                break
            i -= 1
        words = [t.word for t in before[i:k] if t.word.lower() not in {"a", "an", "the"}]
    elif after and after[0].is_word and "\n" not in text[date_end : after[0].start] and (  # not over a line break
            possessive or not before and (after[0].lower not in {"a", "an", "the"} or re.search(
                r"\b(?:after|before|since)$", text[date_start:date_end], re.I)) or before and (before[-1].word.lower() in {
            "the", "a", "an", "its", "their", "his", "her"} or before[-1].word.endswith(("’s", "'s")))):
        j = 0
        while j < len(after):
            t = after[j]
            w = t.word.lower()
            if t.word == "." and j and after[j - 1].end == t.start and re.fullmatch(r"(?:[A-Z]\.)+[A-Z]",
                                                                                     after[j - 1].word):
                j += 1  # the full stop of an abbreviation ('U.S. presidential election')
                continue
            if target and _target_phrase(after, j):
                j += 1
                continue
            if not t.is_word and t.word not in {"-", "&"} or w in _NP_STOP and w not in {"for", "of", "in"}:
                break
            if w in {"for", "of", "in"} and not (j + 1 < len(after) and (after[j + 1].is_cap or
                                                                       after[j + 1].word.lower() in {"a", "the"})):
                break
            j += 1
        words = []
        for n, t in enumerate(after[:j]):
            if t.word == "." and n and words and after[n - 1].end == t.start:
                words[-1] += "."  # 'U.S.'
            elif t.word.lower() not in {"a", "an", "the"}:
                words.append(t.word)
    return [w for w in words if w.lower() not in _DROP]


#: prepositions after a noun of an act that name what it was done to ('the attack on the town hall', 'the strikes
#: against the rebels')
_TARGET_PREPS = {"on", "against"}


def _target_phrase(after: list[Token], j: int) -> bool:
    """Whether ``after[j]`` opens what the act a dated noun names was done on or against: 'on' or 'against' right
    after a noun of an act (:func:`_act_noun`), before an article or a capitalised word that is no day or month
    ('the May 4 raid on the harbor', 'the 2001 attacks on New York'; not 'the vote on Monday')."""
    if not 0 < j < len(after) - 1 or after[j].lower not in _TARGET_PREPS or not _act_noun(after[j - 1].lower):
        return False
    nxt = after[j + 1]
    return nxt.lower in {"a", "an", "the"} or nxt.is_cap and not _CALENDAR.fullmatch(nxt.word)


def _act_noun(word: str) -> bool:
    """Whether a word is a noun for something done (a noun that is also a verb, or a noun of a verb's
    '-ion'/'-ment' kind: 'attack', 'raid', 'strikes', 'invasion', 'assault'), not a thing or a time."""
    lemmas = _lemmas(word)
    nouns = lemmas.get("NOUN", ())
    if not nouns:
        return False
    return any(n in lemmas.get("VERB", ()) for n in nouns) or word.endswith(("ion", "ions", "ment", "ments"))


def _verb_object(text: str, clause: Clause, date: tuple[int, int]) -> bool:
    """Whether the dated noun phrase is the object right after a verb (*blamed the June 5 collapse on the builder*:
    its 'on' phrase is the verb's, not what the act was done on); a phrase after a preposition or 'and', or the
    subject, is not."""
    before = [t for t in tokens(text, clause.start, date[0]) if t.is_word]
    while before and before[-1].lower in {"a", "an", "the"} | _POSSESSIVE:
        before.pop()
    if not before:
        return False
    lemmas = _lemmas(before[-1].lower)
    return "VERB" in lemmas and "NOUN" not in lemmas and before[-1].lower not in _PHRASE_START


def _verb_before_content(text: str, before: list[Token], date_end: int) -> bool:
    """Whether the date follows a past verb and ``in`` and a content clause follows it (*the bank announced in May
    2017 that …*, *officials learned in June that …*): the verb's time, not a noun phrase ending in a participle."""
    if len(before) < 2 or before[-1].lower != "in" or not re.match(r"\s*,?\s*that\s", text[date_end : date_end + 12]):
        return False
    verb = before[-2].lower
    return verb.endswith("ed") and "VERB" in _lemmas(verb) and "NOUN" not in _lemmas(verb)


_CALENDAR = re.compile(r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
                       r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|of|the|early|late|mid|last|this|"
                       r"next|that|year|month|week|day|days|weeks|months|years|first|second|third|fourth|fifth|"
                       r"ago|earlier|later|previous|following|same|\d+(?:st|nd|rd|th)?|"
                       r"hours?|minutes?|morning|afternoon|evening|night|dawn|dusk|midday|noon|midnight|small|wee)",
                       re.I)  # (and the time of a day: 'in the early hours of Friday', 'the evening of May 3')


def _adverb_date(text: str, date: tuple[int, int]) -> bool:
    """Whether the date is a day adverb, no possessive (*Yesterday in the Senate the nominee was confirmed*): it
    names no noun phrase after it."""
    return bool(re.fullmatch(r"(?:yesterday|today|tonight|tomorrow)", text[date[0] : date[1]].strip(), re.I)) \
        and text[date[1] : date[1] + 2] not in ("'s", "’s")


def _only_calendar(words: list[str]) -> bool:
    """Whether words left of a date name only a time (*January of last year*, *of that same month*): no event."""
    return bool(words) and all(_CALENDAR.fullmatch(w.strip(",.")) for w in words)


def _named_by_date(text: str, clause: Clause, date: tuple[int, int]) -> str:
    """A title for a noun phrase that the date itself names, with the date when it is absolute: 'November
    election', 'Twin floods of March 11'; "" when the date is no part of a noun phrase with a common noun, and
    when there is no date (an empty span at the clause's start: a clause titled from its start, *Lyon's
    trams and ferries started running again*, opens with no phrase that a date names)."""
    if date[0] == date[1] and not text[clause.start : date[0]].strip():
        return ""
    share = re.search(r"\b(\w+)\s+of\s*$", text[clause.start : date[0]])
    if share and share.group(1).lower() in _SHARE_OF and clause.verb[1] <= clause.start + share.start():
        return ""  # 'spent much of Sunday training': a share of the period the verb's object, no event it names
    words = event_phrase(text, clause, date[0], date[1], loose=False, target=not _verb_object(text, clause, date))
    verb = text[clause.verb[0] : clause.verb[1]] if clause.verb[0] >= date[1] else ""
    if verb in words[1:] and re.fullmatch(r"\W*(?:[’']s)?\s+(?:\S+\s+){0,3}", text[date[1] : clause.verb[0]]):
        words = words[: words.index(verb)]  # 'Monday's storm ravaged the coast': the phrase ends at the verb
    if not words or not any(w[:1].islower() for w in words) or _only_calendar(words) or _adverb_date(text, date):
        return ""  # 'January of last year': a date, named by no event
    written = text[date[0] : date[1]]
    absolute = bool(re.search(r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", written, re.I)) and not \
        re.match(r"(?:last|next|this|that|the)\b", written, re.I)
    if re.search(r"\bof\s*$", text[max(clause.start, date[0] - 5) : date[0]], re.I):
        words = [*words, "of", written] if absolute else words
    elif text[date[1] : date[1] + 2] not in ("'s", "’s") and absolute:
        words = [written, *words]
    at = text.find(words[-1], date[1], clause.end)
    when = re.match(r"\s+(?:[a-z]+\s+)?when\s+", text[at + len(words[-1]) : clause.end]) if at >= 0 else None
    if when:  # 'Monday's dramatic sell-off when the bank went into bankruptcy protection': what happened then
        start = at + len(words[-1]) + when.end()
        inner = analyse(text, start, clause.end, start, start)
        title = make_title(text, inner, start, start) if inner.verb != (0, 0) and inner.start >= start else ""
        if title and title != FALLBACK_TITLE and len(title.split()) >= 3:
            return title
    did = _phrase_did(text, clause, date, [w for w in words if w != written], at + len(words[-1])) if at >= 0 else ""
    if did:
        return did  # 'the 1918 Eastport outbreak, which killed 4,000 people' → 'Eastport outbreak kills 4,000 people'
    purpose = re.match(r"\s+to\s+([a-z]+)\b", text[at + len(words[-1]) : clause.end]) if at >= 0 else None
    if purpose and "VERB" in _lemmas(purpose.group(1)) and purpose.group(1) not in _FUNCTION_END:
        # 'a Dec. 8 deadline to file their merger papers': the noun's infinitive says what it is for
        more = _tail(text, clause, at + len(words[-1]) + purpose.start(1) - 3, date, after_verb=True)
        if more[:1] == ["to"] and len(more) > 2:  # not 'election to decide' (who controls …)
            whole = _fit([*words, *[w for w in more if w.lower() not in _POSSESSIVE]], MAX_TITLE)
            words = whole.split() if len(whole.split()) > len(words) + 1 else words
    title = _fit(words, MAX_TITLE)
    return title if len(title.split()) >= 2 and not _is_lone_name(title, clause) else ""


def _phrase_did(text: str, clause: Clause, date: tuple[int, int], words: list[str], end: int) -> str:
    """A dated noun phrase and what its relative clause says it did ('the 1918 Eastport outbreak, which killed 4,000
    people' → 'Eastport outbreak kills 4,000 people'); "" when no relative clause with an active past verb follows
    the phrase (which ends at ``end``)."""
    m = re.match(r"\s*,?\s*(?:which|that)\s+(\w+)\b", text[end : clause.end])
    if not m or not words:
        return ""
    verb = m.group(1).lower()
    lemmas = _lemmas(verb).get("VERB", ())
    if not lemmas or verb in lemmas or verb in _SUBJECT_SKIP or not (verb.endswith("ed") or _verbish(
            Token(end + m.start(1), end + m.end(1), m.group(1)))):
        return ""  # not an active past verb ('which is', 'that has', 'which officials')
    tail = _tail(text, clause, end + m.end(1), date, after_verb=True)
    actor = " ".join(words)
    verb_form = lemmas[0] if _plural_actor(actor) else third_person(lemmas[0])
    tail = _coordinated_present(tail, _plural_actor(actor))  # 'that killed 3 and injured 40': 'kills 3 and injures 40'
    title = _assemble(actor[:1].upper() + actor[1:], [verb_form], tail)
    return title if len(title.split()) >= 3 else ""


def _date_phrase(text: str, clause: Clause, date: tuple[int, int]) -> str:
    """A title from the noun phrase a date belongs to: 'the CEO’s Davos speech', 'Kyoto Protocol of 1997'."""
    words = event_phrase(text, clause, date[0], date[1])
    if _only_calendar(words) or _adverb_date(text, date):
        return ""  # 'In March of last year, …': the rest of a date
    title = _fit(words, MAX_TITLE)
    of = bool(re.search(r"\bof\s*$", text[max(clause.start, date[0] - 5) : date[0]], re.I))
    if title and _is_lone_name(title, clause) and of:
        title = _fit([*words, "of", text[date[0] : date[1]]], MAX_TITLE)  # 'Kyoto Protocol of 1997'
        return title if len(title.split()) > len(words) else ""
    if not title or len(title.split()) < 2 or _is_lone_name(title, clause):
        return ""
    return title


def _after_verb_that(out: list[Token]) -> bool:
    """Whether 'that' follows a verb of saying or thinking in ``out`` (a content clause, not a relative one)."""
    return out[-1].lower in _REPORT_WORDS or "VERB" in _lemmas(out[-1].lower) and "NOUN" not in _lemmas(out[-1].lower)


def _saying(lemma: str) -> Callable[[str], list[str]]:
    """The verb of saying in headline tense for a given actor ('Agency says', 'Lawyers say')."""
    return lambda actor: [lemma if _plural_actor(actor) else third_person(lemma)]


def _after(title: str, lemma: str) -> list[str]:
    """The words after the verb of saying ``lemma`` (either form) in a title."""
    words = title.split()
    for form in (third_person(lemma), lemma):
        if form in words:
            return words[words.index(form) + 1 :]
    return []


def _has_verb(words: list[str]) -> bool:
    """Whether reported words keep a verb ('… says count was fair'), so they are no fragment ('… warns further
    enlargement of bloc')."""
    return any(w.lower() in {"is", "was", "are", "were", "be", "could", "would", "will", "can", "may", "might",
                             "must", "should", "has", "had", "have", "to"} or _verbish(Token(0, len(w), w))
               or w.lower().endswith("ed") and "VERB" in _lemmas(w.lower()) or n and words[n - 1].lower() in
               _PRONOUN_SUBJECTS_ALL and bool(past_lemmas(w))
               or _present_after_subject(words, n) or _participle_after_subject(words, n)
               for n, w in enumerate(words))  # 'they shot down two helicopters


def _participle_after_subject(words: list[str], n: int) -> bool:
    """Whether ``words[n]`` is a participle right after the subject of reported words, their verb in compact
    headline grammar without its auxiliary ('says officials (are) investigating cases', 'says others (were) driven
    from hospital'; :func:`_compact_grammar`): a noun or name before it, words after it; a form that is also a
    past tense is judged as one (not here)."""
    w = words[n].lower()
    if n == 0 or n + 1 >= len(words) or not w.isalpha() or not _inner_subject_end(words[n - 1]):
        return False
    return any(w in verb_forms(v).get("VBG", ()) or w in verb_forms(v).get("VBN", ()) and w not in verb_forms(
        v).get("VBD", ()) for v in _lemmas(w).get("VERB", ()))  # (a past tense is a verb of its own: 'forces hit')


def _present_after_subject(words: list[str], n: int) -> bool:
    """Whether ``words[n]``, a present in -s that is also a plural noun ('needs', 'faces', 'holds'), is the verb of
    the subject before it ('region still needs aid', 'club faces fine'): a noun or name before it, words after it."""
    w = words[n].lower()
    if n == 0 or n + 1 >= len(words) or not w.endswith("s") or words[n + 1].lower() in _FUNCTION_END - {"more", "new"}:
        return False
    prev = words[n - 1].lower()
    prev = words[n - 2].lower() if prev in {"still", "now", "also", "already", "only"} and n >= 2 else prev
    return any(third_person(v) == w for v in _lemmas(w).get("VERB", ())) and prev not in _FUNCTION_END \
        and prev not in _PRONOUN_SUBJECTS_ALL \
        and not prev.endswith(("ing", "ly")) and "NOUN" in _lemmas(prev) | ({"NOUN": ()} if prev[:1].isupper() else {})


def _modifies_noun(text: str, date: tuple[int, int]) -> bool:
    """Whether the date is written before a noun it modifies ('Sunday morning talk shows'); a pronoun after it opens
    a clause ('said on Friday it cannot yet tell'), though a lexicon may list *it* as a noun."""
    m = re.match(r"\s+([a-z][\w-]*)", text[date[1] : date[1] + 40])
    return bool(m) and "NOUN" in _lemmas(m.group(1)) and m.group(1) not in _FUNCTION_END | _HARD_STOP \
        | _PRONOUN_SUBJECTS_ALL


def _adjective(word: str) -> bool:
    lemmas = _lemmas(word.lower())
    return "ADJ" in lemmas and "NOUN" not in lemmas and "VERB" not in lemmas


def _plural_actor(actor: str) -> bool:
    """Whether an actor takes a plural verb: 'Rebels', 'Acme and Brightline', 'Officials in Ohio'; not a name 'Joan
    Marsh', 'United States'."""
    words = re.split(r"\s+(?:in|at|from|near|outside)\s+(?=[A-Z])", actor)[0].split()  # its head, not its place
    if " and " in actor:
        return True
    if len(words) >= 2 and all(w[:1].isupper() for w in words[-2:]):
        return _members(words[-1])  # 'House Democrats', not 'United States'
    return bool(words) and _is_plural(words[-1])


#: plurals of people that a capitalised modifier groups (*Assembly Democrats*, *Norland Senators*): members of a
#: party or a body; names ending in a plural of things (*United States*, *United Nations*, *Cole Motors*, *Harlow
#: Brothers*) are one actor
MEMBER_PLURALS = frozenset({"democrats", "republicans", "senators", "representatives", "lawmakers", "legislators",
                            "conservatives", "liberals", "socialists", "independents", "members", "delegates",
                            "ministers", "governors", "mayors", "leaders", "officials"})
#: a plural demonym (*Europeans*, *Canadians*, *Americans*): people of a place; not a surname such as *Evans*
_DEMONYM_PLURAL = re.compile(r"[A-Z][a-z]+(?:ian|ean|can)s")


def _members(word: str) -> bool:
    """Whether the capitalised last word of a multi-word actor names people as a plural: the members of a party or
    a body (:data:`MEMBER_PLURALS`) or a plural demonym, so the actor takes a plural verb (*Assembly Democrats
    introduce bill*, *Visiting Europeans protest*)."""
    return word.lower() in MEMBER_PLURALS or _DEMONYM_PLURAL.fullmatch(word) is not None


_COURTESY = r"(?:Mr|Ms|Mrs|Dr|Sen|Rep|Gov|Gen|Prof)\.?|Senator|Representative|Congressman|Congresswoman|Governor|Judge|" \
            r"Chairman|Chairwoman|Secretary|Minister|Mayor|Speaker|Commissioner|Administrator"


def _titled_person(text: str, name: str) -> bool:
    """Whether a one-word name ending in 's' is a person's surname the text writes after a title ('Ms. Collins',
    'Senator Jane Adams'), so it takes a singular verb."""
    return len(name.split()) == 1 and name[:1].isupper() and name.endswith("s") and re.search(
        r"\b(?:%s)\s+(?:[A-Z][a-z]+\s+)?(?:[\"“][A-Z][a-z]+[\"”]\s+)?%s\b" % (_COURTESY, re.escape(name)), text) \
        is not None  # ('Chairman Dan "Danny" Roberts')


#: nouns that take a plural verb without a plural ending
_PLURAL_NOUNS = {"police", "people", "personnel", "cattle", "clergy", "militia", "staff",
                 "many", "several", "few", "both"}  # ('Many of the workers walked out': 'walk out')


def _is_plural(word: str) -> bool:
    w = word.lower()
    if re.fullmatch(r"[A-Z]{2,}S", word):
        return False  # an acronym ('IRS', 'OWS'), not a plural noun
    if w in _PLURAL_NOUNS:
        return True
    lemma = all_lemmas(w).get("NOUN")
    if not all_lemmas(w):  # unknown to the lexicon: judge by the ending
        return w.endswith("s") and not w.endswith(("ss", "us", "is"))
    return bool(lemma) and lemma[0].lower() != w and w.endswith("s")


# --------------------------------------------------------------------------- the actor of a title

_REPORT_WORDS = {"said", "says", "say", "told", "tells", "announced", "announces", "reported", "reports", "stated",
                 "states", "added", "adds", "noted", "notes", "suggested", "suggests", "claimed", "claims", "warned",
                 "warns", "revealed", "reveals", "confirmed", "confirms", "saying", "acknowledged", "acknowledges",
                 "insisted", "insists", "argued", "argues", "wrote", "writes", "tweeted", "tweets", "explained",
                 "indicated", "indicates", "alleged", "alleges", "contended", "contends", "asserted", "asserts"}
#: words of a role or office written before a name: 'Japanese Prime Minister Naoto Kan' → 'Naoto Kan'
_ROLE_WORDS = {"president", "vice", "prime", "minister", "senator", "sen", "rep", "representative", "gov",
               "governor", "mayor", "secretary", "chief", "cabinet", "chairman", "chairwoman", "chair", "ceo", "cfo",
               "former", "presumptive", "nominee", "candidate", "leader", "speaker", "spokesman", "spokeswoman",
               "spokesperson", "judge", "justice", "gen", "general", "dr", "mr", "mrs", "ms", "correspondent",
               "reporter", "director", "executive", "officer", "founder", "commissioner", "chancellor", "king",
               "queen", "emperor", "empress", "pope", "attorney", "deputy", "acting", "president-elect", "analyst",
               "head", "boss", "owner", "investor", "activist", "rival", "fundraiser", "adviser", "advisor", "aide",
               "lawyer", "economist", "professor", "official", "colonel", "commander", "sergeant", "lieutenant",
               "member", "ranking", "congressman", "congresswoman", "councilman", "councilwoman", "councillor",
               "assemblyman", "assemblywoman", "alderman"}
_PLACE_KINDS = r"(?:city|state|town|village|province|prefecture|county|island|country|region|district|kingdom)"
_PLACE_OF = re.compile(r"\b(?:the\s+)?(?:(?!(?:in|at|on|of|to|for|from|by|with|the|a|an)\s)[\w.’'-]+\s+){0,3}?"
                       + _PLACE_KINDS + r"\s+of\s+((?:[A-Z][\w.’'-]*\s*)+)")
#: a role written before a name in a title's object: 'for President Jane Roe' → 'for Jane Roe'
_ROLE_BEFORE_NAME = re.compile(r"\b(?:(?:Former|President|President-elect|Vice|Prime|Minister|Senator|Sen\.|"
                               r"Gov\.|Governor|Mayor|Secretary|Chief|Chairman|CEO|Judge|Dr\.|Mr\.|Mrs\.|Ms\.)\s+)+"
                               r"(?=[A-Z][a-z]+\s+[A-Z])")
_JUNK = re.compile(r"[_/%@]|^https?$|^www$")
_INNER_PREP = {"of", "in", "for", "from", "at"}
_SUBJECT_SKIP = {"late", "early", "earlier", "later", "also", "just", "then", "still", "initially", "first", "now",
                 "again", "only", "finally", "reportedly", "officially", "formally", "previously", "already", "not",
                 "never", "ever", "once", "had", "has", "have", "was", "were", "is", "are", "will", "would", "could",
                 "should", "may", "might", "can", "be", "been", "did", "does", "do", "scheduled", "expected", "set",
                 "due", "slated", "poised", "likely", "going", "about", "planning", "preparing", "quoted", "cited",
                 "yet"}
_PRONOUN_SUBJECTS_ALL = _PRONOUN_SUBJECTS | {"i", "we", "you"}


def _reports(toks: list[Token], r: int) -> bool:
    """Whether token ``r`` is a verb of saying ('said', 'states'), not a noun ('the last states', 'news reports')."""
    t = toks[r]
    if t.is_cap or t.lower not in _REPORT_WORDS:
        return False
    if not t.lower.endswith("s") or t.lower in {"says"}:
        return True
    prev = toks[r - 1] if r else None
    return prev is None or not (prev.lower in _DROP | _POSSESSIVE | {"last", "first", "these", "those", "two",
                                                                      "news", "media", "some", "many", "other"}
                                or _adjective(prev.word) or prev.is_cap and r > 1 and toks[r - 2].lower == "the")


def _verbish(t: Token) -> bool:
    """A lower-case word that can only be a verb form here ('reported', 'said', 'was')."""
    w = t.lower
    if t.is_cap or not t.is_word:
        return False
    if w in _REPORT_WORDS or w in {"is", "are", "was", "were", "has", "have", "had", "will", "would", "could",
                                   "should", "may", "might", "can", "did", "does", "be", "been"}:
        return True
    lemmas = _lemmas(w)
    return "VERB" in lemmas and "NOUN" not in lemmas and "ADJ" not in lemmas and not w.endswith("ing")


def _verb_before_object(toks: list[Token], n: int) -> bool:
    """A lower-case verb form followed by a determiner ('hit the coast'): no word inside a noun phrase."""
    t = toks[n]
    return not t.is_cap and t.is_word and n + 1 < len(toks) and toks[n + 1].lower in {
        "a", "an", "the", "its", "their", "his", "her"} and "VERB" in _lemmas(t.lower) and t.lower not in _FUNCTION_END


def _lemmas(word: str) -> dict:
    return all_lemmas(word)


def _reduced_relative(toks: list[Token], n: int) -> bool:
    """Whether token ``n`` is a subject pronoun that opens a relative clause without 'that' ('the tsunami it
    generated'): right after a lower-case noun and before a verb."""
    return 0 < n < len(toks) - 1 and toks[n].lower in {"it", "he", "she", "they", "we"} and toks[n - 1].is_word \
        and not toks[n - 1].is_cap and "NOUN" in _lemmas(toks[n - 1].lower) and _verbish(toks[n + 1]) \
        and toks[n - 1].lower not in _SUBJECT_SKIP | _FUNCTION_END and not _verbish(toks[n - 1])


def _place_pair(toks: list[Token], comma: int, k: int, *, of: bool = True) -> bool:
    """Whether the comma ``toks[comma]`` joins a place and its state or country after a preposition of place ('in
    Millbrook, Westshire', 'from Northam, Ruritania'; with ``of`` false not after 'of': 'the mayor of Eastport, Ann
    Tolliver'): one to three capitalised words on each side, the pair ending at ``k``."""
    after = toks[comma + 1 : k]
    j = comma
    while j > 0 and toks[j - 1].is_cap and toks[j - 1].is_word and comma - j < 3:
        j -= 1
    return 0 < len(after) <= 3 and all(t.is_cap and t.is_word for t in after) and comma - j >= 1 and j > 0 \
        and toks[j - 1].lower in {"in", "at", "from", "near", "outside"} | ({"of"} if of else set())


#: abbreviations that end a firm's name with their period: 'Acme Corp.', 'Brightline Inc.'
_NAME_SUFFIXES = {"corp", "inc", "co", "ltd", "llc", "plc", "bros", "cos", "mfg", "intl"}
#: abbreviations that open a name with their period: 'St. Mary's Hospital', 'Mt. Vernon', 'Dr. Jane Roe'
_NAME_PREFIXES = {"St", "Mt", "Ft", "Dr", "Mr", "Mrs", "Ms", "Gen", "Sen", "Sens", "Rep", "Reps", "Gov", "Lt", "Col", "Sgt", "Prof"}


#: words that say when, never part of a noun phrase before a verb
_DAY_ADVERBS = {"today", "yesterday", "tonight", "tomorrow", *WEEKDAYS}


#: bodies named by what they deal with after 'on' ('Subcommittee on Trade', 'Commission on Human Rights')
_BODY_ON = {"committee", "subcommittee", "commission", "council", "conference", "panel", "caucus", "board", "forum",
            "convention", "institute", "center", "centre", "office", "bureau", "taskforce"}


def _inner_word(toks: list[Token], i: int, k: int) -> bool | None:
    """For :func:`_np_start`, whether ``toks[i - 1]`` is inside the noun phrase ending before ``k`` for a reason of
    its own: False for the first word of a preposition of two words ('Ahead of the final meeting of the Board'), True
    for 'on' inside a body's name ('the Subcommittee on Trade'); None to let the other checks decide."""
    w = toks[i - 1].lower
    if w in {"ahead", "instead", "regardless", "irrespective"} and i < k and toks[i].lower == "of":
        return False
    if w == "on" and i >= 2 and i < k and toks[i].is_cap and toks[i - 2].lower in _BODY_ON:
        return True
    return None


def _np_start(toks: list[Token], k: int, *, antecedent: bool = False,
              date: tuple[int, int] = (0, 0)) -> tuple[int, bool]:
    """Where the noun phrase ending before token ``k`` starts, and whether it sits in a fronted prepositional
    phrase ('In the nearly 90 minutes of evidence heard …'). With ``antecedent`` the phrase holds no preposition
    (the noun a relative pronoun refers to: 'the aftermath of a flood which struck' → 'flood')."""
    i = k
    while i > 0:
        t = toks[i - 1]
        w = t.lower
        if _in_date(t, date) or w in _DAY_ADVERBS and not (i < k and toks[i].is_cap and toks[i].is_word):
            break  # (and 'Today the agency released': another date's word; not 'The Sunday Times')
        if t.word == "." and i >= 2 and re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", toks[i - 2].word):
            i -= 1  # 'U.S.' (tokens 'U.S' and '.')
            continue
        if t.word == "." and i >= 3 and toks[i - 2].end == t.start and (toks[i - 2].lower in _NAME_SUFFIXES or i < k and (
                re.fullmatch(r"[A-Z]", toks[i - 2].word) and toks[i - 3].is_cap or toks[i - 2].word in _NAME_PREFIXES)
                and toks[i].is_cap):
            i -= 1  # 'Acme Corp.', 'Jane Q. Public' (tokens 'Corp' and '.')
            continue
        if t.word == "," and i < k and _place_pair(toks, i - 1, k):
            i -= 1  # 'students from a school in Queens, New York': a town and its state
            continue
        if t.word == "-" and (i < 2 or toks[i - 2].end < t.start):
            break  # 'WASHINGTON - Presidential electors': a dateline's dash
        if t.word in {"’s", "'s", "-", "&"} or re.fullmatch(r"[$€£]?\d[\d,.]*%?", t.word):
            i -= 1
            continue
        if w in {"this", "these", "those"} and i < k and i >= 2 and toks[i - 2].lower in {"of", "for", "from", "at"} \
                and toks[i].is_word and not _verbish(toks[i]):
            i -= 1  # 'the people of this agency': a determiner, not the subject
            continue
        if not t.is_word or _JUNK.search(t.word) or w in _PRONOUN_SUBJECTS_ALL and not _acronym(t):
            break
        if w == "as" and i < k and i + 2 < len(toks) and " ".join(u.lower for u in toks[i - 1 : i + 3]) in {
                "as a result of", "as a consequence of"} or w == "as" and i + 1 < len(toks) and \
                " ".join(u.lower for u in toks[i - 1 : i + 2]) == "as part of":
            i -= 1  # 'hospital admissions as a result of the outbreak': a phrase inside the noun phrase
            continue
        if w == "to" and not antecedent and _range_to(toks, i - 1, k):
            i -= 1  # 'shipments of food from the port to the city': the range is inside the noun phrase
            continue
        if w in _INNER_PREP or w == "and" or w in _PREPOSITIONS:
            if antecedent and not (w == "and" and i < k and i > 1 and (toks[i].is_cap and toks[i - 2].is_cap or (
                    not toks[i - 2].is_cap and "NOUN" in _lemmas(toks[i - 2].lower) and not _verbish(toks[i - 2])))) \
                    and not (w in _NAME_JOINS and i < k and i > 1 and toks[i].is_cap and toks[i - 2].is_cap
                             and _kind_word(toks[i - 2].word)):
                break  # (but a body's name goes on: 'the Centers for Harbor Safety — …')
            i -= 1
            continue
        inner = _inner_word(toks, i, k)
        if inner is not None:
            if not inner:
                break
            i -= 1
            continue
        if _verbish(t) and i >= 2 and i < k and t.lower.endswith("ed") and toks[i - 2].lower in {
                "and", "or", "a", "an", "the"} and not toks[i].is_cap and "NOUN" in _lemmas(toks[i].lower):
            i -= 1  # 'the match and planned celebrations': a participle used as an adjective
            continue
        if _verbish(t) and i >= 3 and _reduced_relative(toks, i - 2):
            i -= 2  # 'the tsunami it generated': a relative clause inside the noun phrase
            continue
        if (w in _HARD_STOP or w in _PHRASE_START or w in {"that", "than", "such", "including"}) and not _acronym(t) \
                or _verbish(t) or _verb_before_object(toks, i - 1):
            break
        i -= 1
    fronted = False
    i = _quantity_start(toks, i, k)
    while i < k and (toks[i].lower in _INNER_PREP | {"and", "-", "&", "a", "an", "the", "this", "that", "these",
                                                     "those", "its", "their", "his", "her", "other", "both"}) \
            and not _quantity_word(toks, i):
        fronted = fronted or toks[i].lower in _INNER_PREP  # 'In the remarks taped on Monday, …'
        i += 1
    return i, fronted


def _range_to(toks: list[Token], t: int, k: int) -> bool:
    """Whether the 'to' at token ``t`` ends a 'from … to …' range inside a noun phrase ('shipments of food from the
    port to the city began'): a 'from' at most five words before it with only words of a noun phrase between, and
    a noun phrase after it up to ``k``."""
    for j in range(t - 1, max(-1, t - 6), -1):
        u = toks[j]
        if u.lower == "from":
            return j > 0 and t + 1 < k and all(v.is_word and not _verbish(v) and v.lower not in _HARD_STOP
                                               for v in toks[j + 1 : k] if v.lower != "to")
        if not u.is_word or _verbish(u) or u.lower in _PHRASE_START:
            return False
    return False


#: number words an article counts ('a million', 'a dozen'), which a headline keeps with it
_COUNT_WORDS = {"hundred", "thousand", "million", "billion", "trillion", "dozen", "score"}
#: words before a count that say how exact it is ('about 300', 'nearly a million', 'more than 40', 'at least two')
_APPROXIMATORS = {"about", "around", "nearly", "almost", "roughly", "approximately", "some", "over", "under",
                  "than", "least", "most", "up"}


def _quantity_word(toks: list[Token], i: int) -> bool:
    """Whether token ``i`` opens a count a noun phrase starts with and keeps: 'a' of 'a million', 'at' of 'at least
    two'."""
    nxt = toks[i + 1].lower if i + 1 < len(toks) else ""
    return toks[i].lower in {"a", "an"} and nxt in _COUNT_WORDS or toks[i].lower == "at" and nxt in {"least", "most"}


def _quantity_start(toks: list[Token], i: int, k: int) -> int:
    """The start of a noun phrase starting at token ``i`` (before ``k``), moved back over the words that say how
    exact its count is: 'nearly (a million workers)', 'more than (40 people)', 'at least (two hikers)', 'up to
    (300 jobs)'."""
    if not (i < k and (re.fullmatch(r"[$€£]?\d[\d,.]*%?", toks[i].word) or toks[i].lower in _COUNT_WORDS | NUMBER_WORDS.keys()
                       or _quantity_word(toks, i))) or i == 0:
        return i
    w = toks[i - 1].lower
    if w not in _APPROXIMATORS:
        return i
    before = toks[i - 2].lower if i >= 2 else ""
    if w == "than":
        return i - 2 if before in {"more", "less", "fewer"} else i
    if w in {"least", "most"}:
        return i - 2 if before == "at" else i
    if w == "up":
        return i
    return i - 1


def _listed_name(toks: list[Token], i: int) -> int | None:
    """When the name at token ``i`` ends a list of capitalised words that a name's 'of'/'on'/'for' opens ('the
    Committee on Trade, Energy, and Transport'), where that whole name starts; None otherwise."""
    j, listed = i, False
    while j > 0 and (toks[j - 1].word == "," or toks[j - 1].lower == "and" or toks[j - 1].is_cap and toks[j - 1].is_word):
        listed = listed or toks[j - 1].word == ","
        j -= 1
    if not listed or j < 2 or toks[j - 1].lower not in {"of", "on", "for"} or not toks[j - 2].is_cap:
        return None
    start, _ = _np_start(toks, j - 1, antecedent=True)
    return start if start < j - 1 else None


def _list_head(toks: list[Token], i: int) -> tuple[int, int] | None:
    """When the name at token ``i`` ends a list of names after 'in'/'at' ('rounds of talks in Eastport, Northam,
    and Westhaven'), where the noun phrase the list places starts and ends; None otherwise."""
    j, listed = i, False
    while j > 0 and (toks[j - 1].word == "," or toks[j - 1].lower == "and" or toks[j - 1].is_cap and toks[j - 1].is_word):
        listed = listed or toks[j - 1].lower == "and"
        j -= 1
    if not listed or j < 2 or toks[j - 1].lower not in {"in", "at"} or toks[j - 2].is_cap \
            or "NOUN" not in _lemmas(toks[j - 2].lower):
        return None
    start, _ = _np_start(toks, j - 1, antecedent=True)
    return (start, j - 1) if start < j - 1 else None


def _name_of(words: str) -> str:
    """A name without the role written before it: 'former mayor Ann Tolliver' → 'Ann Tolliver'; the place of
    'the state of Westshire' → 'Westshire'; otherwise the words unchanged."""
    words = _PLACE_OF.sub(lambda m: m.group(1).strip() + " ", words).strip()
    name = re.fullmatch(r"(?:[a-z][\w-]*\s+)+([A-Z][\w.’'-]*(?:\s+(?:and|of|for|&|[A-Z][\w.’'-]*))*)", words)
    if name and len(name.group(1).split()) >= 2 and not set(words[: name.start(1)].split()) & (
            _PHRASE_START | _INNER_PREP):  # not 'damage left by Storm Ellen'
        parts = name.group(1).split()  # 'federal Food and Drug Safety Agency'
        k = 0
        while k < len(parts) - 2 and parts[k].lower().strip(".") in _ROLE_WORDS and not _firm_word(parts[k + 1]):
            k += 1  # 'former President Ann Tolliver': the role that opens the name goes too
        return " ".join(parts[k:])
    office = re.fullmatch(r"(?:(?:Acting|Deputy|Assistant|Under|Interim|Former|Vice)\s+)?([A-Z][a-z]+)\s+(?:of|for|to)\s+"
                          r".+?\s([A-Z][\w’'-]+\s+[A-Z][\w’'-]+)", words)
    if office and office.group(1).lower() in _ROLE_WORDS | {"assistant"} \
            and not all(_lemmas(w.lower()) for w in office.group(2).split()):  # a first name or a surname no
        # dictionary word ('Acting Secretary of Education Jane Roe' → 'Jane Roe')
        before = words[: office.start(2)].split()
        whole = f"{before[-1]} {office.group(2)}" if before else ""
        if before and before[-1][:1].isupper() and _first_name(whole):
            return whole  # 'Minister of Trade Mary Ellen Walker' → 'Mary Ellen Walker': a name of three words
        return office.group(2)  # 'Minister of Foreign Trade Karl Obermeier' → 'Karl Obermeier'
    parts = words.split()
    if len(parts) == 3 and re.search(r"(?:ism|tion|sion|ment|ity|ness|ance|ence|ship)$", parts[0]) \
            and _is_person(" ".join(parts[1:])):
        return " ".join(parts[1:])  # 'Counterterrorism John Brennan': the end of an office, then the name
    j = len(parts) - 1 if len(parts) >= 2 and parts[-1][:1].isupper() and parts[-2][:1].isupper() else len(parts)
    # (the last word of a name is its surname even when it is a role word: 'Peter King', 'Ann Judge')
    while j > 0 and parts[j - 1][:1].isupper() and parts[j - 1].lower().strip(".") not in _ROLE_WORDS:
        j -= 1
    if 0 < j < len(parts) and re.sub(r"(?:['’]s)?\.?$", "", parts[j - 1].lower()) in _ROLE_WORDS \
            and not _firm_word(parts[j]):
        return " ".join(parts[j:])
    return words


def _firm_word(word: str) -> bool:
    """Whether a capitalised word after a role word makes that word part of a firm's name rather than a title
    before a person's: a plural noun or a word only an adjective ('General Foods', 'General Electric', 'Chief
    Holdings'; a word that names a kind of body: 'Justice Department'; not 'General Lee', 'Governor Brown',
    'President Ann Tolliver')."""
    w = word.lower().strip(".,’'")
    if w in _GENERIC_ORG | _GENERIC_HEADS:
        return True  # 'Justice Department', 'Chancellor Office': the kind of body the role word names
    found = _lemmas(w)
    plural = "NOUN" in found and found["NOUN"][0] != w and w.endswith("s")
    return plural or set(found) == {"ADJ"}


#: a quantity 'of' a common noun phrase: 'some of (the) agreements', 'two of (the) reactor buildings'
_SOME_OF = re.compile(r"\b(some|many|most|several|both|all|two|three|four|five|six|seven|eight|nine|ten|\d+) of "
                      r"(?:the |its |their )?(?!(?:them|us|it|these|those|which|whom|whose|what)\b)(?=[a-z])", re.I)


def _partitive_of(words: str) -> str:
    """Headline style for a quantity of a common noun phrase: 'Some of the retention agreements' → 'Some retention
    agreements', 'two of the reactor buildings' → 'two reactor buildings'."""
    def plural(m: re.Match) -> str:
        after = re.match(r"(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*[^s\W]s\b", words[m.end() :])
        return m.group(1) + " " if after else m.group(0)  # not 'some of the plutonium': a mass noun

    return _SOME_OF.sub(plural, words)


def _clean(words: list[Token], text: str) -> str:
    """The words of a noun phrase as a headline writes them: no articles, 'the city of X' as X."""
    kept = [t for n, t in enumerate(words) if (t.lower not in {"a", "an", "the", "himself", "herself", "itself",
                                                                "themselves"} or _quantity_word(words, n))
            and not _JUNK.search(t.word)]  # 'about a million residents': the article of a count stays
    whole = _partitive_of(_render(text, kept))
    named = _name_of(whole)
    if named != whole and kept and re.fullmatch(r"[A-Z]{2,}", kept[0].word) and kept[0].lower not in _ROLE_WORDS \
            and len(kept) > 1 and kept[1].lower in _ROLE_WORDS:
        return whole  # the body a role belongs to says who: 'FIFA president John Doe' (a shorter form
        # is the name alone, see :func:`_assemble`)
    return named


def _in_date(t: Token, date: tuple[int, int]) -> bool:
    return t.start < date[1] and t.end > date[0]


def _actor(text: str, clause: Clause, verb_start: int, date: tuple[int, int]) -> tuple[str, str]:
    """The actor of the verb that starts at ``verb_start`` (:func:`_found_actor`), a body the page names by its
    kind alone ('the Committee') by the name the page gave it before (:func:`_named_body`)."""
    actor, how = _found_actor(text, clause, verb_start, date)
    if actor and how == "" and _COMPANY_ASIDE.match(actor):  # 'the Committee, along with the Budget Committee, held'
        comma = text.rfind(",", clause.start, text.find(actor.split()[0], clause.start, verb_start))
        actor, how = _found_actor(text, clause, comma, date) if comma > clause.start else ("", "none")
        actor = actor.split(" and ")[-1] if actor[:1].islower() else actor  # '(… left today,) and the battalion'
    return (_named_body(text, verb_start, actor), how) if actor and how == "" else (actor, how)


#: an aside naming who joined the subject in the act ('the Committee, along with the Budget Committee, held …'):
#: never the actor itself
_COMPANY_ASIDE = re.compile(r"(?:along|together)\s+with\b|joined\s+by\b|accompanied\s+by\b", re.I)


#: words that open a sentence or stand before a body's name without being part of it
_NOT_IN_NAME = {"the", "a", "an", "of", "on", "in", "at", "by", "for", "to", "and", "with", "from", "today",
                "yesterday", "this", "that", "its", "their", "his", "her", "our", "chairman", "chair", "chairwoman",
                "member", "members", "ranking", "before", "said", "says", "both"}


def _named_body(text: str, at: int, actor: str) -> str:
    """A body the page names by its kind alone ('the Committee held a hearing') by the fuller name the page gave it
    first before its own mention, the last 'the <kind>' before ``at`` ('the House Committee on Rivers and
    Harbors'; not the body of an aside after it: 'the Committee, along with the Budget Committee, held'), in
    headline order (:func:`_headline_body`); ``actor`` in headline order when it is no bare kind, the page names
    no such body before, or defines the kind as the short form of a name ('(hereinafter “the Committee”)')."""
    kind = actor.strip()
    if kind.lower() not in _BODY_KINDS or not kind[:1].isupper():
        return _headline_body(actor)
    if re.search(r"\(\s*(?:[^()]{0,60}?\b(?:as|hereinafter)\s+)?[“\"]?the\s+%s[”\"]?\s*\)" % re.escape(kind),
                 text[:at], re.I):
        return actor  # a defined short form: the page's own name for the body
    own = [m.start() for m in re.finditer(r"\b[Tt]he\s+%s\b" % re.escape(kind), text[:at], re.I)]
    at = own[-1] if own else at
    names = [n for n in (_body_name(text, m.start(), m.end())
                         for m in re.finditer(r"\b%s\b" % re.escape(kind), text[:at], re.I)) if len(n.split()) >= 2]
    if not names:
        return actor
    first = _headline_body(names[0])  # the page's first: its own body, by its fullest name on the page ('Harbors
    fuller = [f for f in map(_headline_body, names) if set(first.split()) < set(f.split())]  # Committee', then
    return max(fuller, key=len, default=first)  # 'House Harbors Committee')


def _body_name(text: str, start: int, end: int) -> str:
    """The name around a body's kind word at ``text[start:end]``: the capitalised words before it and an 'on', 'of'
    or 'for' phrase of capitalised words after it ('House Committee on Rivers and Harbors'); a name printed in
    capitals in title case ('COMMITTEE ON FINANCIAL SERVICES' → 'Committee on Financial Services')."""
    before = text[max(0, start - 80) : start].split()
    words: list[str] = []
    for n in range(len(before) - 1, -1, -1):
        w = before[n]
        joins = w in {"and", "&"} and words and n and before[n - 1][:1].isupper()  # 'Oversight and Reform Committee'
        if not joins and (not w[:1].isupper() or w.lower().strip(".,") in _NOT_IN_NAME
                          or not re.fullmatch(r"[\w.’'&-]+", w)):
            break
        words.insert(0, w)
    while words and _adjective(words[0]):  # a line's opening adjective: 'Additional Harbors Committee'
        words.pop(0)
    after = re.match(r"(?:\s+(?:on|of|for|ON|OF|FOR)(?:\s+(?:the|THE))?(?:\s+(?:[A-Z][\w’'&-]*|and|AND|&)){1,5})?",
                     text[end:])
    tail = after.group(0).split() if after else []
    while tail and tail[-1].lower() in {"and", "&", "on", "of", "for", "the"}:
        tail.pop()
    name = " ".join([*words, text[start:end], *tail])
    if name.isupper() and len(name) > 6:
        name = " ".join(w.lower() if w.lower() in {"on", "of", "for", "and", "the"} else w.capitalize()
                        for w in name.split())
    return name if name[:1].isupper() else ""


#: kinds of body a headline names after the one or two words of their 'of' phrase ('Department of Justice' →
#: 'Justice Department', 'Ministry of Health' → 'Health Ministry')
_KIND_AFTER = {"department", "ministry"}


def _kind_last(actor: str) -> str:
    """A body's name 'Kind of X' in the order headlines write it, 'X Kind', for a kind of :data:`_KIND_AFTER` and an
    'of' phrase of one or two capitalised words ('the U.S. Department of Harbors' → 'Harbors Department'); ""
    for another name."""
    m = re.fullmatch(r"(?:[Tt]he\s+)?(?:(?:[A-Z]\.){2,}\s+)?([A-Z][a-z]+)\s+of\s+(?:the\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)",
                     actor)
    return f"{m.group(2)} {m.group(1)}" if m and m.group(1).lower() in _KIND_AFTER else ""


def _headline_body(actor: str) -> str:
    """A committee's name in the order headlines write it, the subject of its 'on' phrase before the kind ('House
    Committee on Rivers and Harbors' → 'House Rivers and Harbors Committee'); other names unchanged."""
    m = re.fullmatch(r"((?:[A-Z][\w.’'-]*\s+)*)((?:Sub)?[Cc]ommittee)\s+on\s+((?:[A-Z][\w’'-]*)(?:\s+(?:and\s+|&\s+)?"
                     r"[A-Z][\w’'-]*){0,3})", actor)
    return f"{m.group(1)}{m.group(3)} {m.group(2)}" if m else actor


def _found_actor(text: str, clause: Clause, verb_start: int, date: tuple[int, int]) -> tuple[str, str]:
    """The actor of the verb that starts at ``verb_start``, and how it was found.

    Returns ``(actor, how)``: how is ``""`` (the grammatical subject, the noun a
    relative pronoun refers to, or a name in apposition), ``"fronted"`` (the
    noun sits in a fronted prepositional phrase, so the verb is a participle),
    or ``"none"`` (no actor: a pronoun that names no one before it).
    """
    toks = tokens(text, clause.start, verb_start)
    k = _subject_end(toks, date)
    if not k and text[: clause.start].rstrip().endswith(")"):  # the clause starts after an acronym in brackets
        return _before_brackets(text, clause.start)
    dashed = _before_dashes(text, toks[k - 1].start if k else clause.start, clause.start)
    if dashed:  # 'The league — which includes most clubs — announced'
        return dashed, ""
    if not k:
        return _shared_subject(text, clause, date) or ("", "none")
    last = toks[k - 1]
    if last.lower in {"and", "or"}:  # 'the tsunami hit the coast and crippled a plant': the first verb's actor
        prior = next((u for n, u in reversed(list(enumerate(toks[: k - 1]))) if _verbish(u)
                      or _verb_before_object(toks, n)), None)
        return _actor(text, clause, prior.start, date) if prior is not None else \
            _shared_subject(text, clause, date) or ("", "none")  # ', and has offered': the subject before the 'and'
    if last.lower in {"which", "who", "that"} and not _acronym(last):
        return _relative_actor(text, clause, toks, k)
    antecedent = _antecedent_of_relative(toks, k)
    found = _antecedent_actor(text, toks, antecedent) if antecedent is not None else None
    if found:  # 'the case count from the outbreak that hit Lyon on Friday has risen'
        return found
    if last.word in {"”", '"', "’"} and k >= 2 and toks[k - 2].word == ",":
        k -= 1  # 'The final, billed as “The Derby of the Decade,” took place': the comma inside the quotes
        last = toks[k - 1]
    if last.word == ",":
        own = _own_subject(text, clause, toks, verb_start, date)
        if own:  # 'Ensemble 12, based out of Northam, Westshire, arrived': the ensemble, not Westshire
            return own
        k = _before_parentheticals(toks, k - 1)
        k = _subject_end(toks[:k], date)  # 'The board on Tuesday, with the support of …, authorized'
        last = toks[k - 1] if k else last
    if last.word == ",":
        actor, how = _apposed_actor(text, toks, k, date)
        return _with_pronoun(text, clause, toks, actor, date) if actor and not how else (actor, how)
    pronoun = _CONTRACTED_SUBJECT.sub("", last.lower)  # "I've", "we'd": the pronoun and its auxiliary
    if pronoun == "it" and _EXPLETIVE_IT.match(text, last.end):
        return "", "none"  # 'it was announced that …': no one 'it' stands for
    if pronoun in _PRONOUN_SUBJECTS_ALL and not _acronym(last):
        name = _resolve(text, clause, toks[: k - 1], pronoun, date)
        return (name, "") if name else ("", "none")
    return _phrase_actor(text, clause, toks, k, verb_start, date)


def _own_subject(text: str, clause: Clause, toks: list[Token], verb_start: int,
                 date: tuple[int, int]) -> tuple[str, str] | None:
    """The clause's own grammatical subject (:func:`timeline.clauses.analyse` finds it past relative clauses and
    asides) as the actor of its main verb when a relative clause or a participle phrase ending in a comma stands
    before the verb: 'Ensemble 12, based out of Northam, Westshire, arrived' is the ensemble's act, 'a farmer who lived in
    Leeds, England, presented' the farmer's; as ``(actor, how)`` of :func:`_actor`, or None when the clause has no
    such subject before this verb (an apposed name, an adverb or a participle read as the subject)."""
    s, e = clause.subject
    if (s, e) == (0, 0) or clause.verb[0] != verb_start or s < clause.start:
        return None
    k = sum(1 for t in toks if t.end <= e)
    if not k or toks[k - 1].word == "," or k + 1 >= len(toks):
        return None
    i = sum(1 for t in toks if t.end <= s)
    first, after, then = toks[i], toks[k], toks[k + 1]
    if not (first.lower in {"a", "an", "the"} or i and toks[i - 1].lower in {"a", "an", "the"}
            or first.word[:1].isdigit()
            or first.is_cap and not first.lower.endswith(("ly", "ing"))):
        return None  # 'Preparing …', 'Thoroughly …': no subject the analysis can be trusted with
    if not (after.lower in {"who", "which", "that"} or after.word == "," and then.word.islower()
            and (then.lower.endswith(("ed", "ing")) or then.lower in {"who", "which"})):
        return None  # only a relative clause or a participle phrase between the subject and its verb
    actor, how = _phrase_actor(text, clause, toks, k, verb_start, date)
    return (actor, how) if actor and not how else None


#: an impersonal 'it' before a passive verb of telling and its 'that' clause ('it was announced (on Monday) that')
_EXPLETIVE_IT = re.compile(r"\s+(?:was|is|has\s+been|had\s+been|will\s+be|would\s+be)\s+(?:\w+ly\s+)?(?:announced|"
                           r"reported|said|confirmed|revealed|disclosed|learned|understood|believed|decided|agreed|"
                           r"stated)\b(?:\s+\w+){0,3}?\s+that\b", re.I)


#: ', and' (', and then') ending the text before a clause that starts with its verb: two verbs share a subject
_AND_BEFORE = re.compile(r"(?:,\s*|\s)(?:and|but)(?:\s+(?:then|later|also|again|eventually|finally))?\s*$")


#: a clause that opens with 'and' and an auxiliary before its verb ('and has (offered)', 'and then was (taken)')
_AND_LEAD = re.compile(r"\W*(and|but)\s+(?:(?:then|later|also|has|have|had|was|were|is|are|been|will|would)\s+)*$", re.I)


def _shared_subject(text: str, clause: Clause, date: tuple[int, int]) -> tuple[str, str] | None:
    """The actor of a clause that starts with its verb after ', and' ('The first strike was called on May 1, and
    was followed by a second one on June 3'; 'The firm posted a loss in March, and then cut 500 jobs in April'):
    the subject of the verb before the 'and' in the same sentence, as ``(actor, how)`` of :func:`_actor`; None
    when there is none."""
    before = text[max(0, clause.start - 300) : clause.start]
    m = _AND_BEFORE.search(before)
    lead = _AND_LEAD.match(text, clause.start, clause.verb[0]) if clause.verb != (0, 0) else None
    if not m and not lead:
        return None
    cut = clause.start - len(before) + m.start() if m else lead.start(1)  # (the clause may open with its 'and')
    ends = list(re.finditer(r"[.!?;:](?=\s)|\n", text[max(0, cut - 300) : cut]))
    start = max(0, cut - 300) + (ends[-1].end() if ends else 0)
    toks = tokens(text, start, cut)
    n = next((n for n in range(len(toks) - 1, -1, -1) if _verbish(toks[n]) or _verb_before_object(toks, n)), None)
    while n and _verbish(toks[n - 1]):
        n -= 1  # the verb group's first word: 'was (called)'
    if not n:
        return None
    actor, how = _actor(text, dataclasses.replace(clause, start=start, subject=(0, 0)), toks[n].start, date)
    return (actor, how) if actor and how == "" else None


#: the auxiliary a subject pronoun is written with ("I've", "we'd", "they'll", "you're", "I'm")
_CONTRACTED_SUBJECT = re.compile(r"(?<=^i)'(?:ve|d|ll|m)$|(?<=^we|^he)'(?:ve|d|ll|re)$|(?<=^you|^she)'(?:ve|d|ll|re)$|"
                                 r"(?<=^they)'(?:ve|d|ll|re)$")


def _acronym(t: Token) -> bool:
    """Whether a token that reads as a pronoun is an acronym ('WHO', 'IT'): all capitals, two letters or more."""
    return len(t.word) > 1 and t.word.isupper()


def _relative_actor(text: str, clause: Clause, toks: list[Token], k: int) -> tuple[str, str]:
    """The actor of a verb right after a relative pronoun (``toks[k - 1]``): the noun it refers to ('a quake which
    struck' → 'quake'), or the noun phrase a list of places ends ('talks in Eastport, Northam, and Westhaven, which
    took place' → 'talks'); as ``(actor, how)`` of :func:`_actor`."""
    who = k > 0 and toks[k - 1].lower == "who"
    k -= 1 + (k > 1 and toks[k - 2].word == ",")
    i, _ = _np_start(toks, k, antecedent=True)
    person = _apposed_person(toks, i) if who else None
    if person is not None:  # 'Ann Lee, former chief of Acme, who resigned': Ann Lee, not Acme
        return _clean(toks[person[0] : person[1]], text), ""
    if who and i >= 2 and toks[i - 1].lower == "of" and not toks[i - 2].is_cap and i < k and toks[i].is_cap:
        j, _ = _np_start(toks, i - 1, antecedent=True)  # 'the mayor of Lyon, who resigned': the mayor, not Lyon
        i = j if j < i - 1 else i
    if _placed_antecedent(toks, i, k, who):  # 'a rise in cases in Lyon that began': the rise, not Lyon
        j, _ = _np_start(toks, i - 1)
        i = j if j < i - 1 else i
    if i == k - 1 and i >= 2 and toks[i - 1].lower == "of" and re.fullmatch(r"1[89]\d\d|20\d\d", toks[i].word) \
            and toks[i - 2].is_cap:  # 'the Flood Warning Act of 2009, which was introduced': a name's year, no noun
        j, _ = _np_start(toks, i - 1, antecedent=True)
        i = j if j < i - 1 else i
    if i == 0 < k and toks[0].is_cap:  # the clause starts at a name: is it the last of a list of places?
        wide = tokens(text, max(0, clause.start - 200), toks[k - 1].end)
        n = next((m for m, t in enumerate(wide) if t.start == toks[0].start), None)
        head = _list_head(wide, n) if n is not None else None
        if head:  # 'rounds of talks in Eastport, Northam, and Westhaven, which took place': the talks
            return _clean(wide[head[0] : head[1]], text), ""
    return (_clean(toks[i:k], text), "") if i < k else ("", "none")


def _placed_antecedent(toks: list[Token], i: int, k: int, who: bool) -> bool:
    """Whether the name ``toks[i:k]`` before a relative pronoun only says where the noun before it is ('a rise in
    cases in Lyon that began', 'nurses living in Leeds who were visiting'): a capitalised name after 'in', 'at',
    'near' or 'from' that follows a lower-case noun or verb, before 'who' (a place is no one) or a 'that' with no
    comma (not ', which', which may rename the place)."""
    if not (2 <= i < k and toks[i].is_cap and toks[i - 1].lower in {"in", "at", "near", "from"}) \
            or toks[i - 2].is_cap or not toks[i - 2].is_word:
        return False
    return who or toks[k].lower == "that"


def _apposed_person(toks: list[Token], i: int) -> tuple[int, int] | None:
    """The span of the name a role phrase stands in apposition to, when the noun phrase at ``toks[i]`` is the 'of'
    phrase of that role ('Ann Lee, former chief executive of | Acme'): whom a 'who' after it refers to; None when
    the phrase before 'of' follows no name and comma."""
    if i < 3 or toks[i - 1].lower != "of":
        return None
    c = next((m for m in range(i - 2, max(-1, i - 10), -1) if toks[m].word in {",", ";", ":", "(", ")"}), None)
    if c is None or c < 1 or toks[c].word != "," or not toks[c - 1].is_cap or not toks[c - 1].is_word:
        return None
    j = c - 1
    while j > 0 and toks[j - 1].is_cap and toks[j - 1].is_word:
        j -= 1
    return (j, c) if c - j >= 2 else None


def _antecedent_actor(text: str, toks: list[Token], antecedent: int) -> tuple[str, str] | None:
    """The noun phrase (with its ``of``/``from`` head: 'the death toll from the quake') that a relative clause
    ending the subject refers to, its noun ending before token ``antecedent``; None when there is none."""
    i, _ = _np_start(toks, antecedent, antecedent=True)
    p = i - 1
    while p > 0 and toks[p].lower in {"a", "an", "the"}:
        p -= 1
    if 0 < p < i and toks[p].lower in {"of", "from"} and not toks[p - 1].is_cap:
        j, _ = _np_start(toks, p, antecedent=True)  # 'the case count from the outbreak that …'
        i = j if j < p else i
    return (_clean(toks[i:antecedent], text), "") if i < antecedent else None


def _with_pronoun(text: str, clause: Clause, toks: list[Token], actor: str, date: tuple[int, int]) -> tuple[str, str]:
    """``actor`` joined to the person a 'he and'/'she and' before it stands for ('he and Governor Jane Roe, chair of
    …, were introducing' → 'Dan Poe and Jane Roe' when Dan Poe is the one who said so); ``(actor, "")`` otherwise."""
    first = actor.split()[0] if actor else ""
    at = next((n for n in range(len(toks) - 1, 1, -1) if toks[n].word == first), -1)
    while at > 1 and toks[at - 1].is_cap and toks[at - 1].lower in _ROLE_WORDS:
        at -= 1  # 'he and Congressman Jane Roe'
    if at < 2 or toks[at - 1].lower != "and" or toks[at - 2].lower not in {"he", "she"}:
        return actor, ""
    other = _resolve(text, clause, toks[: at - 2], toks[at - 2].lower, date)
    return (f"{_name_of(other)} and {actor}" if other else actor), ""


def _segment_start(toks: list[Token], comma: int) -> int:
    """Where the stretch set off by commas that ends at ``toks[comma]`` starts: after the comma, semicolon or colon
    before it (not one inside quotation marks: 'entitled “Cheating: First Questions,”'), or before a comma that
    lists the words of one name ('members of the Sport, Media and Culture Committee,': the whole apposition, not
    'Media and Culture Committee')."""
    j, quoted = comma, comma + 1 < len(toks) and toks[comma + 1].word == "”"  # (',”': the comma inside them)
    while j > 0 and (quoted or toks[j - 1].word not in {",", ";", ":"}):
        quoted = (quoted or toks[j - 1].word == "”") and toks[j - 1].word != "“"  # a title in quotation marks
        j -= 1
    seg = toks[j:comma]
    if j >= 2 and toks[j - 1].word == "," and toks[j - 2].is_cap and toks[j - 2].is_word and seg[-1:] \
            and seg[-1].is_cap and any(t.lower in {"and", "&"} for t in seg) \
            and all(t.is_cap or t.lower in {"and", "&"} for t in seg):
        return _segment_start(toks, j - 1)
    return j


#: first words of two-word states and countries ('New York', 'South Africa'), which a person's name rarely opens with
_PLACE_FIRST = {"New", "North", "South", "East", "West", "United", "Saudi", "Sri", "Costa", "El", "Puerto", "Hong",
                "Rhode", "Papua", "Sierra", "Ivory", "Czech", "Dominican", "Central", "Northern", "Southern"}


def _coded_name_end(text: str, toks: list[Token], k: int) -> int:
    """Where a name ends before its party, district or ticker bracket and an appositive up to token ``k`` (a comma):
    :func:`timeline.clauses.coded_name_end`, or the comma after a name whose code :func:`_without_time_codes`
    blanked (*Sen. Ann Roe          , a member of the Rules Committee, said*); -1 when there is none."""
    coded = coded_name_end(toks, k)
    if coded > 0 or k < 4 or toks[k - 1].word != ",":
        return coded
    for c in range(k - 2, max(1, k - 40), -1):
        if toks[c].word == ",":
            blank = toks[c - 1].is_cap and re.fullmatch(r" {5,}", text[toks[c - 1].end : toks[c].start])
            return c if blank else -1
    return -1


#: letters after a person's name that are no name ('Jane Roe, Ph.D.', 'Dan Poe, Jr.')
_POST_NOMINAL = re.compile(r"(?:[A-Z][a-z]?\.){1,3}[A-Z]?|Jr\.?|Sr\.?|Esq\.?|I{2,3}|IV")


def _apposed_actor(text: str, toks: list[Token], k: int, date: tuple[int, int] = (0, 0)) -> tuple[str, str]:
    """The actor when the words before the verb end with a comma (``toks[k - 1]``): a name in apposition ('The
    only bidder in the auction, former banker Dana Hale, withdrew' → 'Dana Hale'), or the noun phrase before
    a relative or participle phrase set off by commas (never with the ``date``'s words: 'On Monday Jane Roe, chair
    of …,'); as ``(actor, how)`` of :func:`_actor`."""
    coded = _coded_name_end(text, toks, k)
    if coded > 0:  # 'Sen. Ann Roe (R-Ala.), vice chair of the Rules Committee, said': the name before its code
        coded -= 1 if toks[coded - 1].word == "." else 0  # ('Acme Inc. (NYSE: ACM)')
        i, _ = _np_start(toks, coded, date=date)
        if i < coded:
            return _name_of(_clean(toks[i:coded], text)), ""
    j = _segment_start(toks, k - 1)
    seg = toks[j : k - 1]
    if j > 0 and _place_pair(toks, j - 1, k - 1, of=False) and (len(seg) == 1 or seg[0].word in _PLACE_FIRST):
        # 'The office in Leeds, England, will close', not 'The coach in Porto, Jose Silva, resigned'
        i, _ = _np_start(toks, k - 1, date=date)
        return (_clean(toks[i : k - 1], text), "") if i < k - 1 else ("", "none")
    tail = len(seg)
    while tail and seg[tail - 1].is_cap:
        tail -= 1
    # 'the largest shareholder of Brightline Holdings,': the name is the role's object, not the actor's name
    head = next((t.lower for t in seg if t.lower not in {"a", "an", "the"}), "")
    role = head in _ROLE_WORDS or head.endswith("s") and head[:-1] in _ROLE_WORDS  # 'a member of', 'members of'
    of_name = tail and seg[tail - 1].lower in {"of", "at", "for", "in", "on"} or role \
        and any(t.lower in {"of", "at", "for"} for t in seg)  # 'Jane Roe, Chairman of the Finance Committee,'
    doing = bool(seg) and seg[0].lower.endswith("ing") and not seg[0].is_cap and "VERB" in _lemmas(seg[0].lower)
    if seg and seg[-1].is_cap and seg[-1].is_word and j > 0 and (len(seg) == 1 or seg[-2].is_cap) and not of_name \
            and not doing and not any(t.word == "“" for t in seg):  # (not a title in quotes: 'entitled “…”'; not
        # an '-ing' aside that ends in a name: 'Ann Lee, speaking at the City Hall, said')
        return _name_of(_render(text, [t for t in seg if t.lower not in {"a", "an", "the"}])), ""
    verbs = [n for n, t in enumerate(seg) if _verbish(t)]
    participle = bool(verbs) and verbs[0] <= 3 and any(seg[verbs[0]].lower in verb_forms(v).get("VBN", ())
                                                       for v in _lemmas(seg[verbs[0]].lower).get("VERB", ()))
    if seg and j > 0 and (seg[0].lower in {"which", "who", "that"} or seg[0].lower.endswith("ed") or participle
                          or not verbs or doing):  # ('the final, the first played under lights, took place')
        noun = not verbs and seg[0].lower not in {"which", "who", "that"} and not seg[0].lower.endswith("ed")
        i, _ = _np_start(toks, j - 1, antecedent=not noun, date=date)  # 'The lab in Northam, the project's hub,'
        return (_clean(toks[i : j - 1], text), "") if i < j - 1 else ("", "none")
    return "", "none"


def _phrase_actor(text: str, clause: Clause, toks: list[Token], k: int, verb_start: int,
                  date: tuple[int, int]) -> tuple[str, str]:
    """The noun phrase ending before token ``k`` as the actor (the whole list it may end, a name joined to it by
    'and'), or the subject found elsewhere when no noun phrase stands there; as ``(actor, how)`` of
    :func:`_actor`."""
    split = _split_by_date(text, toks, k, date)
    if split:  # 'A fire last week at the old mill destroyed three homes': 'Fire at old mill'
        return split, ""
    i, fronted = _np_start(toks, k, date=date)
    if 2 <= i < k and toks[i - 1].word == "," and _POST_NOMINAL.fullmatch(_render(text, toks[i:k])):
        k = i - 1  # 'Rep. Jane Roe, P.E., is urging': the name before its letters
        i, fronted = _np_start(toks, k, date=date)
    i = _ing_relative_start(toks, i, date)
    p = i - 1
    while p >= 0 and toks[p].lower in {"a", "an", "the", "its", "their", "his", "her"}:
        p -= 1
    if 0 <= p and i < k and toks[p].lower in {"to", "into", "onto", "toward", "towards"} and not fronted:
        i = k  # 'went to the polls on Tuesday to choose': the polls do not choose
    if i >= k:
        return _subject_elsewhere(text, clause, toks, verb_start, date)
    actor = _clean([t for n, t in enumerate(toks[i:k], i) if not _reduced_relative(toks, n)
                    and not (n and _reduced_relative(toks, n - 1))], text)
    wide = tokens(text, max(0, toks[i].start - 200), toks[k - 1].end)  # the list may begin before the clause
    n = next((m for m, t in enumerate(wide) if t.start == toks[i].start), None)
    placed = _list_head(wide, n + k - i - 1) if n is not None and toks[k - 1].is_cap else None
    if placed:  # 'the offices in Leeds, York and Hull will be closed': the offices, not the list of places
        return _clean(wide[placed[0] : placed[1]], text), ""
    whole = _listed_name(wide, n + k - i - 1) if n is not None and toks[k - 1].is_cap else None
    if whole is not None:  # 'The Committee on Trade, Energy, and Transport held': one name, no list of actors
        return _clean(wide[whole : n + k - i], text), ""
    listed = _listed_actor(text, wide, n, n + k - i) if n is not None else ""
    if listed:  # 'The chairman, the finance director, and two board members all resigned'
        return listed, ""
    before = toks[i - 2 : i] if i >= 2 else []
    if len(before) == 2 and before[1].lower == "and" and before[0].is_cap and before[0].is_word:
        other, _ = _actor(text, clause, before[1].start, date)  # 'Acme and Brightline signed', 'Kan and other ministers'
        if other and len(other.split()) <= 3:
            actor = f"{other} and {actor}" if actor[:1].isupper() else other
    return actor, "fronted" if fronted else ""


#: prepositions that open a noun's modifier after a date inside its noun phrase ('a fire last week at the mill')
_MODIFIER_PREPOSITIONS = {"at", "aboard", "in", "on", "near", "off", "outside", "inside", "by", "of", "from", "against",
                          "over", "between", "among", "across", "along", "involving"}
#: words that go with a date: its preposition and its modifiers ('on Monday', 'nearly two weeks ago', 'late Friday')
_DATE_COMPANIONS = {"on", "in", "at", "during", "nearly", "about", "almost", "some", "just", "early", "late",
                    "earlier", "later", "only"}


def _split_by_date(text: str, toks: list[Token], k: int, date: tuple[int, int]) -> str:
    """The subject when the date stands between its head noun and the phrase that modifies it ('A fire last week at
    the old mill destroyed …' → 'Fire at old mill'; 'The strike on Monday by bus drivers shut …' → 'Strike by bus
    drivers'), or the subject alone when that phrase says where it acted ('Acme on Monday at its meeting voted' →
    'Acme'); "" when the date does not split a noun phrase so (at its end: 'The board on Monday voted'; after a
    verb: 'voted on Monday at the meeting')."""
    inside = [n for n in range(k) if _in_date(toks[n], date)]
    if not inside or inside[-1] + 1 >= k - 1 or toks[inside[-1] + 1].lower not in _MODIFIER_PREPOSITIONS:
        return ""
    d0, d1 = inside[0], inside[-1]
    while d0 > 0 and toks[d0 - 1].lower in _DATE_COMPANIONS:
        d0 -= 1
    head = toks[d0 - 1] if d0 else None
    rest = toks[d1 + 1 : k]
    own = rest[1].lower in _POSSESSIVE  # 'The board on Monday at its meeting voted': where the board acted
    if head is None or not head.is_word or _verbish(head) or head.lower in _FUNCTION_END \
            or not own and (head.is_cap or "NOUN" not in _lemmas(head.lower)):
        return ""
    j, fronted = _np_start(toks, d0, date=date)
    if fronted or j >= d0 or any(t.word in {",", ";", ":"} or _verbish(t) for t in rest):
        return ""
    return _clean(toks[j:d0] if own else [*toks[j:d0], *rest], text)


#: words after a listed subject that say the verb holds for each ('A, B and C all resigned')
_EACH = {"all", "both", "alike", "together", "each"}


def _subject_elsewhere(text: str, clause: Clause, toks: list[Token], verb_start: int,
                       date: tuple[int, int]) -> tuple[str, str]:
    """The actor of a verb with no noun phrase right before it (``toks`` are the words before it): the subject of
    a reported clause ('The embassy said the chief, Jane Roe, was on her way to Westhaven to assess …': Jane Roe), else
    the clause's subject when it comes before the verb; as ``(actor, how)`` of :func:`_actor`."""
    reported = _reported_subject(text, clause, toks, date)
    if reported:
        return reported, ""
    subject = text[clause.subject[0] : clause.subject[1]] if clause.subject[1] <= verb_start else ""
    words = [t for t in tokens(subject) if t.lower not in {"a", "an", "the"}]
    ok = words and len(subject) <= 40 and subject.lower() not in _PRONOUN_SUBJECTS_ALL
    return (_name_of(_render(subject, words)), "") if ok else ("", "none")


def _subject_end(toks: list[Token], date: tuple[int, int]) -> int:
    """How many of ``toks`` (the words before a verb) the subject may end with: not the date, auxiliaries,
    '-ly' adverbs or an acronym in brackets ('Emergency Rent Support (ERS) has been approved')."""
    k = len(toks)
    while k and (_in_date(toks[k - 1], date) or toks[k - 1].lower in _SUBJECT_SKIP
                 or toks[k - 1].word == "," and k >= 2 and _in_date(toks[k - 2], date)  # 'on May 3, 2010, resulted'
                 and not any(t.word == "," for t in toks[: k - 1] if t.end <= date[0])
                 or not toks[k - 1].is_cap and toks[k - 1].lower.endswith("ly") and len(toks[k - 1].lower) > 4
                 or toks[k - 1].lower in {"on", "in", "at", "by", "during"} and k < len(toks)
                 and _in_date(toks[k], date)):
        k -= 1
    if k and toks[k - 1].word == ")":
        opening = next((n for n in range(k - 2, max(-1, k - 8), -1) if toks[n].word == "("), None)
        k = opening if opening else k
    if k >= 2 and toks[k - 1].lower in _PLANNING and (toks[k - 2].is_cap or toks[k - 2].lower in _PRONOUN_SUBJECTS_ALL):
        k -= 1  # 'it plans (to sell)', 'Acme intends (to bid)': the planning verb is no part of the subject
    return k


#: verbs of intending before an infinitive ('Acme plans to sell'): the planned act is the verb
_PLANNING = {"plans", "plan", "intends", "intend", "aims", "aim", "expects", "expect"}


#: brackets that give a name its short form: '(referred to below as the Board)', '(hereinafter “the
#: Panel”)', '(the Board)'
_SHORT_NAME = re.compile(r"\(\s*(?:(?:referred\s+to|hereinafter(?:\s+referred\s+to)?|known)\s+(?:[\w,]+\s+){0,4}?as\s+"
                         r"(?:the\s+)?|hereinafter\s+(?:the\s+)?|the\s+)[“\"]?(?:the\s+)?"
                         r"(?P<short>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})[”\"]?\s*\)\s*$")


def _before_brackets(text: str, at: int) -> tuple[str, str]:
    """The noun phrase before the acronym in brackets that ends right before offset ``at`` (a clause the analysis
    starts after it), as ``(actor, how)`` of :func:`_actor`."""
    named = _SHORT_NAME.search(text, max(0, at - 200), at)
    if named:  # 'the Board of Appeals of the League (referred to as the Board) ruled': 'Board'
        return named.group("short"), ""
    wide = tokens(text, max(0, at - 200), at)
    opening = next((n for n in range(len(wide) - 2, max(-1, len(wide) - 8), -1) if wide[n].word == "("), None)
    i, _ = _np_start(wide, opening, antecedent=True) if opening else (0, False)
    if opening and i < opening:  # (the noun phrase stops at a sentence's end)
        return _clean(wide[i:opening], text), ""
    return "", "none"


_DASHES = {"-", "–", "—"}
#: an aside set off by dashes right before offset ``at`` (the closing dash ends there): no sentence end inside
_DASH_ASIDE = re.compile(r"(?:\s[–—-]\s|(?<=\w)[–—](?=\w))(?:[^.–—!?;:\n-]|\.(?!\s+[A-Z])){3,200}(?:\s|(?<=\w))$")


def _before_dashes(text: str, at: int, start: int) -> str:
    """The noun phrase before an aside set off by dashes that ends with the dash at offset ``at`` (or the one right
    before ``start``, where the analysis starts the clause after it) and stands between a subject and its verb
    ('The league — which includes most of the big clubs — announced' → 'league'); "" otherwise (no closing dash, no
    opening dash in the same sentence, no noun phrase before it)."""
    before = text[:start].rstrip()
    close = at if text[at : at + 1] in _DASHES and (text[at + 1 : at + 2].isspace() or text[at : at + 1] in "–—"
                                                    and text[at - 1 : at].isalnum()) else \
        len(before) - 1 if at == start and before[-1:] in _DASHES and before[-2:-1].isspace() else -1
    if close <= 0:
        return ""
    m = _DASH_ASIDE.search(text, max(0, close - 240), close)
    if not m:
        return ""
    opened = m.start() + 1 if text[m.start()].isspace() else m.start()  # ' — …' or 'bank—…': up to the dash
    wide = tokens(text, max(0, m.start() - 200), opened)
    i, _ = _np_start(wide, len(wide), antecedent=True)
    words = wide[i:]
    if not words or not any(t.is_word for t in words) or _verbish(words[-1]) or words[-1].lower in _FUNCTION_END:
        return ""
    return _clean(words, text)


def _reported_subject(text: str, clause: Clause, toks: list[Token], date: tuple[int, int]) -> str:
    """The subject of a reported clause that ``toks`` (the words before a verb without a subject of its own) hold
    after a verb of saying ('said the chief, Jane Roe, was on her way to Westhaven' → 'Jane Roe'); "" when none."""
    r = next((n for n in range(len(toks)) if _reports(toks, n)), None)
    if r is None:
        return ""
    finite = next((t for t in toks[r + 1 :] if t.lower in {"was", "were", "is", "are", "had", "has", "have", "will",
                                                            "would"} or _verbish(t) and not _reports([t], 0)), None)
    if finite is None or finite.start <= toks[r].end:
        return ""
    sub = dataclasses.replace(clause, start=toks[r].end)
    actor, how = _actor(text, sub, finite.start, date)
    return actor if how == "" else ""


def _listed_actor(text: str, toks: list[Token], i: int, k: int) -> str:
    """The whole list when the subject phrase ``toks[i:k]`` ends a list of noun phrases ('President Smith himself,
    his wife, and his son all tested positive' → 'Smith, wife and son'); "" when it ends none."""
    end = k
    while end > i + 1 and toks[end - 1].lower in _EACH:
        end -= 1
    pos = i - 1
    while pos >= 0 and toks[pos].lower in _POSSESSIVE | {"a", "an", "the"}:
        pos -= 1
    conj = toks[pos].lower if pos >= 0 and toks[pos].lower in {"and", "or"} else ""
    pos -= bool(conj)
    if pos >= 0 and toks[pos].word == ",":
        pos -= 1
    elif not conj:
        return ""
    if not conj and not any(t.lower in {"and", "or"} for t in toks[i:end]):
        return ""
    parts = [toks[i:end]]
    while pos >= 0:
        stop = pos + 1
        while pos >= 0 and toks[pos].word != ",":
            pos -= 1
        seg = toks[pos + 1 : stop]
        if seg and _TIME_WORDS.fullmatch(_render(text, seg)):
            break  # 'Today, A, B, and C sent': the day is no item of the list
        if not seg or len(seg) > 6 or any(_verbish(t) or t.lower in _PHRASE_START | _HARD_STOP | _PRONOUN_SUBJECTS_ALL
                                          or not t.is_word and t.word not in {"’s", "'s", "-"} for t in seg):
            break
        parts.insert(0, seg)
        pos -= 1
    if len(parts) < 2:
        return ""
    names = [_clean([t for t in seg if t.lower not in _POSSESSIVE], text) for seg in parts]
    if not all(names):
        return ""
    return ", ".join(names[:-1]) + (f" {conj} " if conj else ", ") + names[-1]


def _ing_relative_start(toks: list[Token], i: int, date: tuple[int, int]) -> int:
    """Where a subject starts when the noun phrase at token ``i`` ends an ``-ing`` phrase or a participle with its
    agent after a noun ('the pipeline delivering crude oil to the refinery had been repaired', 'the damage left
    by the storm moves'): at that noun's phrase; else ``i``."""
    n = i - 1
    while n > 0 and (toks[n].lower in _PHRASE_START - {"and", "or", "that", "which", "who", "than", "as", "while",
                                                        "when", "if", "because", "since", "until"}
                     or toks[n].lower in _INNER_PREP | {"a", "an", "the"}):
        n -= 1
    if n == i - 1 or n < 1:
        return i
    j, _ = _np_start(toks, n + 1, date=date)
    g = next((m for m in range(n, max(j, 1) - 1, -1) if not toks[m].is_cap and "VERB" in _lemmas(toks[m].lower) and (
        toks[m].lower.endswith("ing") or toks[m + 1].lower == "by" and any(
            toks[m].lower in verb_forms(v).get("VBN", ()) for v in _lemmas(toks[m].lower)["VERB"]))), 0)
    if g < 1:
        return i
    noun = toks[g - 1]
    if not noun.is_word or noun.lower in _FUNCTION_END | _SUBJECT_SKIP or _verbish(noun) or (
            not noun.is_cap and "NOUN" not in _lemmas(noun.lower)):
        return i
    start, _ = _np_start(toks, g, antecedent=True, date=date)
    return start if start < g else i


def _contact_object(text: str, clause: Clause, verb_start: int, actor: str) -> tuple[str, list[str]]:
    """The named actor and the object of a relative clause without a pronoun ('Ann Lee, a lawyer Hale
    appointed to the board' → 'Hale', 'Ann Lee'; 'the plant Acme bought' → 'Acme', 'plant'): the noun right
    before a name, or the name that noun stands in apposition to; no object when the name follows no such noun."""
    toks = tokens(text, clause.start, verb_start)
    common = _common_subject(toks, len(toks))
    if 1 <= common < len(toks) and not any(t.is_cap for t in toks[:common]) and "NOUN" in _lemmas(
            toks[common - 1].lower) and all(t.is_word and {"NOUN", "ADJ"} & set(_lemmas(t.lower)) for t in toks[:common]):
        return actor, [t.word for t in toks[:common]]  # 'the tests the mayor ordered' → 'mayor', 'tests'
    names = actor.lower().split()
    k = len(toks)
    while k and toks[k - 1].is_cap and toks[k - 1].lower in names:
        k -= 1
    name = _render(text, toks[k:])
    if k < 1 or k == len(toks) or not toks[k - 1].is_word or toks[k - 1].is_cap or toks[k - 1].lower in \
            _FUNCTION_END | _SUBJECT_SKIP | _PRONOUN_SUBJECTS or _verbish(toks[k - 1]) \
            or _lemmas(toks[k - 1].lower) and "NOUN" not in _lemmas(toks[k - 1].lower):  # 'fundraiser': no entry
        return actor, []
    i, _ = _np_start(toks, k, antecedent=True)
    p = i - 1
    while p >= 0 and toks[p].lower in {"a", "an", "the"}:
        p -= 1
    apposition = p >= 1 and toks[p].word == "," and toks[p - 1].is_cap
    before = re.search(r"(\w+)\s+(?:(?:the|a|an|its|their|his|her)\s+)?$", text[max(0, toks[i].start - 40) : toks[i].start])
    governed = before is not None and before.group(1).lower() in _PHRASE_START - {"and", "or", "that", "which", "who",
                                                                                   "as", "than", "while", "when", "if"}
    if not apposition and (toks[k - 1].lower in _ROLE_WORDS or not governed):
        return actor, []  # 'the company chairman John Smith resigned', 'the ship Moskva sank': a noun before a name
    if apposition:
        j = p - 1
        while j > 0 and toks[j - 1].is_cap and toks[j - 1].is_word:
            j -= 1
        return name, _name_of(_render(text, toks[j:p])).split()
    if p >= 0 and toks[p].lower in _PHRASE_START | {"of"}:
        return actor, []
    return name, [t.word for t in toks[i:k] if t.lower not in {"a", "an", "the"}]


def _relative_object(text: str, clause: Clause, verb_start: int) -> list[str]:
    """The object of a relative clause whose pronoun is its object (*the new report, which the agency released on
    Monday, shows …* → 'new report'; *the plant that we sold in May* → 'plant'; *Acme, which Hale bought* →
    'Acme'): the noun phrase before ', which', 'who(m)' or 'that' when a subject of at most four words stands
    between the pronoun and the verb; ``[]`` otherwise (*the report, which was released*: the pronoun is the
    subject)."""
    toks = tokens(text, clause.start, verb_start)
    r = next((n for n in range(len(toks) - 1, -1, -1) if toks[n].lower in {"which", "that", "whom", "who"}), None)
    if r is None or r < 1 or not 1 <= len(toks) - r - 1 <= 4 \
            or any(not t.is_word or _verbish(t) or t.lower in _AUX | _PHRASE_START for t in toks[r + 1 :]) \
            or not (toks[r + 1].is_cap
                    or toks[r + 1].lower in _DETERMINERS | {"a", "an", "the"} | _PRONOUN_SUBJECTS_ALL):
        return []  # a subject opens the relative clause: a name, a determiner or a pronoun ('that hit the town': none)
    k = r - 1 if toks[r - 1].word == "," else r
    if k < 1 or toks[r].lower == "that" and k != r or not toks[k - 1].is_word \
            or not toks[k - 1].is_cap and "NOUN" not in _lemmas(toks[k - 1].lower):
        return []  # ('the bridge, that …': no restrictive 'that' after a comma)
    i, _ = _np_start(toks, k, antecedent=True)
    words = [t.word for t in toks[i:k] if t.lower not in {"a", "an", "the"} | _POSSESSIVE]
    return words if words and not any(w.lower() in _PRONOUN_SUBJECTS_ALL for w in words) else []


def _adjective_comma(toks: list[Token], n: int) -> bool:
    """Whether the comma ``toks[n]`` separates two adjectives of one noun ('new, fuel-saving models')."""
    return toks[n].word == "," and 0 < n < len(toks) - 1 and "ADJ" in _lemmas(toks[n - 1].lower) and (
        "ADJ" in _lemmas(toks[n + 1].lower) or "-" in toks[n + 1].word[1:-1]) and not toks[n + 1].is_cap


def _antecedent_of_relative(toks: list[Token], k: int) -> int | None:
    """Where the noun a relative clause refers to ends, when ``toks[:k]`` end with that relative clause and the
    verb at ``k`` is the main one ('the company that bought Beta last year | has reported'); None otherwise."""
    rel = [n for n in range(1, k - 1) if toks[n].lower in {"that", "which", "who"}]
    if not rel or any(t.word in {",", ";", ":", "(", ")"} and not _adjective_comma(toks, n) or _reports(toks, n)
                      for n, t in enumerate(toks[rel[-1] : k], rel[-1])):
        return None
    n = rel[-1] + 1
    while n < k and (toks[n].lower in _SUBJECT_SKIP or toks[n].lower.endswith("ly")):
        n += 1
    if n >= k - 1 or toks[n].is_cap or "VERB" not in _lemmas(toks[n].lower) or toks[rel[-1] - 1].is_cap \
            or not toks[rel[-1] - 1].is_word:
        return None
    return rel[-1]


_PREPOSITIONS = {"near", "among", "amongst",
                 "across", "around", "toward", "towards", "behind", "beyond", "inside", "outside", "within",
                 "along", "past", "opposite", "beside", "besides", "below", "above", "beneath"}
_PARENTHETICAL = {"in", "at", "on", "near", "during", "after", "before", "with", "from", "amid", "despite", "under",
                  "like", "unlike", "according", "as", "without", "following"}


def _before_parentheticals(toks: list[Token], comma: int) -> int:
    """Where the actor's phrase ends when the verb follows prepositional phrases set off by commas ('But Hale, in
    a visit Thursday to Northam, Westshire, near the plant, forecast …' → after 'Hale'); else ``comma + 1``."""
    j, skipped = comma, False
    while True:
        start = j
        while start > 0 and toks[start - 1].word not in {",", ";", ":"}:
            start -= 1
        seg = toks[start:j]
        if seg and start > 0 and (seg[0].lower in _PARENTHETICAL or skipped and all(t.is_cap for t in seg)):
            skipped, j = True, start - 1
            continue
        return j if skipped else comma + 1


def _resolve(text: str, clause: Clause, before: list[Token], pronoun: str, date: tuple[int, int]) -> str:
    """Who a subject pronoun stands for: the subject of a reporting verb just before it ('Officials said they …'),
    or for 'it' the thing the reported clause is about ('X says the board ought to have known when it gave …');
    else for he, she and it the nearest name written before the clause; "" when none."""
    for r in range(len(before) - 1, -1, -1):
        if _reports(before, r):
            reported = _reported_subject(text, clause, before[r:], date) if pronoun == "it" else ""
            plural = re.search(r"\b[a-z]+[^s\W]s$", reported) is not None  # 'voters': not what 'it' stands for
            if reported and not _is_person(reported) and not plural:
                return reported  # 'Smith says the government knew when it gave …': the government, not Smith
            actor, how = _actor(text, clause, before[r].start, date)
            return actor if how == "" and not (pronoun == "it" and _person_name(actor)) else ""
    if pronoun == "they":
        return _previous_subject(text, clause.start)
    if pronoun == "i":
        return _speaker_label(text, clause.start) or _quote_speaker(text, before[-1].end if before else clause.start) \
            or _release_speaker(text, clause.start) or _header_speaker(text, clause.start)
    if pronoun not in {"he", "she", "it"}:
        return ""
    prior = _prior_named_subject(text, clause.start) if pronoun == "it" and not before else ""
    if prior:  # 'Acme has 600 stores in the U.S. It plans to close half': Acme, not the U.S.
        return prior
    at = before[-1].end if before else clause.start
    if pronoun == "it" and _SUBORDINATOR_END.search(text, max(0, at - 30), at):
        opening = _sentence_subject(text, at)
        if opening:  # 'Storm Ava caused damage on the coast when it made landfall': the storm, not the coast
            return opening
    person = pronoun in {"he", "she"}  # a person: a first and last name, not 'Ruritania'
    lo = max(0, clause.start - (1500 if person else 600))
    window = text[lo:at]
    place = _where_place_end(text, at) - lo  # 'a plant in Ohio, where it opened': Ohio is where, not what
    names = list(re.finditer(r"\b[A-Z][\w’'.-]*[\w](?: +[A-Z][\w’'.-]*[\w])*", window))
    for m in reversed(names):
        if m.end() == place or place >= 0 and _LOCATIVE_END.search(window, 0, m.start()):
            continue  # ('sailed from Brest to Dakar, where it docked': neither place docked)
        longer = re.search(r"\b[A-Z][\w’'.-]*(?: +[A-Z][\w’'.-]*)* +(?:of|for|on|&)(?: +the)? +$",
                           window[: m.start()])
        name = _name_of(re.sub(r"['’]s$", "", window[longer.start() if longer else m.start() : m.end()]))  # the
        # whole of a longer name: 'Secretary of Defense Jane Roe' → 'Jane Roe', not 'Defense Jane Roe'
        words = name.split()
        full = _speaker_in_full(text, lo, window, m, name) if person and len(words) == 1 \
            and not quotation_open(text, at, at) else ""
        if full:
            return full  # 'Ana Ruiz Delgado … Delgado said …. “…,” she told …': news names a person in full once
        initial = re.search(r"(?:^|[.!?\"“\n]\s*)$", window[: m.start()]) is not None
        if initial and len(words) == 1 and _lemmas(words[0].lower()):
            continue  # 'The', 'Shares': capitalised only because a sentence starts with it
        if words[0].lower() in _STOPWORDS_CAP or _CONTRACTED_SUBJECT.sub("", words[0].lower()) in _PRONOUN_SUBJECTS_ALL \
                or len(name) > 30 or person and not (
                2 <= len(words) <= 3 and not set(w.lower() for w in words) & _GENERIC_ORG
                and all(w[:1].isupper() for w in words)):  # ('Gulf of Westshire': no person)
            continue
        return name
    return ""


#: a verb of saying right after a name: the name is a speaker's (*Tolliver said*, *Tolliver told reporters*)
_SPEAKER_VERB_AFTER = re.compile(r"\s+(?:said|says|told|tells|added|adds|warned|warns|noted|notes|insisted|insists)\b")
#: a verb of saying right before a name at the end of a quotation's attribution (*“…,” said Tolliver.*)
_SPEAKER_VERB_BEFORE = re.compile(r"[,”\"]\s*(?:said|says|added|adds)\s+$")
#: a comma right before a speaker's name: an attribution after what was reported (*X is now in the capital, Soto
#: said*), where a later *he* or *she* more often stands for the reported clause's subject than for the speaker
_COMMA_BEFORE_SPEAKER = re.compile(r",\s*$")


def _speaker_in_full(text: str, lo: int, window: str, m: re.Match, name: str) -> str:
    """The full name of a speaker written by surname alone at ``m`` in ``window`` (which starts at ``lo`` in
    ``text``): a lone capitalised word that opens a clause and is followed by a verb of saying (*Tolliver said …*)
    or ends a quotation's attribution (*“…,” said Tolliver*), after the same person was named in full (:func:`_named_in_full`); "" otherwise."""
    inverted = _SPEAKER_VERB_BEFORE.search(window, max(0, m.start() - 12), m.start()) is not None
    if name.lower() in _STOPWORDS_CAP | _PRONOUN_SUBJECTS_ALL or not inverted and (not _SPEAKER_VERB_AFTER.match(
            window, m.end()) or _COMMA_BEFORE_SPEAKER.search(window, max(0, m.start() - 4), m.start())):
        return ""
    return _named_in_full(text, lo + m.start(), name)


def _named_in_full(text: str, at: int, surname: str) -> str:
    """The person a lone capitalised word at offset ``at`` stands for when the text named them in full before it: news
    names a person once by first name and surname, then by the surname alone (*Mayor Ann Tolliver … Tolliver said
    …*), so *he* or *she* after that speaker stands for them; "" when no first name and surname ending with the word
    come before (:func:`_first_name`)."""
    for m in re.finditer(r"(?=\b([A-Z][\w’'-]*)(?: +([A-Z]\.|[A-Z][\w’'-]*))? +%s\b)" % re.escape(surname), text[:at]):
        full = " ".join(w for w in (m.group(1), m.group(2), surname) if w)  # (overlapping: 'Ports Dana Whitlock', then
        if _first_name(full):  # 'Dana Whitlock')
            return full
    return ""


#: a subordinating word right before a subject pronoun ('… when it made landfall', '…, where it arrived')
_SUBORDINATOR_END = re.compile(r"\b(?:when|where|while|after|before|as|because|since|until|once|though|although)"
                               r"\s+$", re.I)
#: a preposition of place right before a name: the name is a place, not what 'it' after *where* stands for
_LOCATIVE_END = re.compile(r"\b(?:from|to|in|at|near|into|of|across|through|toward|towards|off|outside|inside|"
                           r"called|named)\s+(?:the\s+)?[“\"]?$", re.I)
#: the end of a place a *where* clause follows: the name, a closing quotation mark, a comma, then 'where'
_WHERE_AFTER = re.compile(r"[,”\"’\s]*\bwhere\s*$", re.I)


def _where_place_end(text: str, at: int) -> int:
    """Where the place a *where* clause modifies ends, when the clause's subject pronoun at ``at`` follows *where*
    (*a site near a ridge called "Blue Ledge," where it arrived*: the end of *Blue Ledge*): 'it' stands for what
    came to that place, never the place itself; -1 when no *where* comes right before ``at``."""
    m = _WHERE_AFTER.search(text, max(0, at - 12), at)
    return m.start() if m is not None else -1


def _sentence_subject(text: str, at: int) -> str:
    """The name that opens the sentence holding offset ``at`` as its subject (*Storm Ava, with its rain, caused
    damage on the Gulf Coast when it …* → *Storm Ava*): a capitalised run at the sentence's start followed by a
    comma or a verb, not a person's name ('it' never stands for one), a sentence-initial common word or a pronoun;
    "" otherwise."""
    stop = text.rfind(". ", 0, at)
    start = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, at) + 1)
    toks = tokens(text, start, at)
    k = 0
    while k < len(toks) and toks[k].is_cap and toks[k].is_word:
        k += 1
    if not k or k >= len(toks) or toks[0].lower in _STOPWORDS_CAP:
        return ""
    nxt = toks[k]
    if nxt.word != "," and not (_verbish(nxt) or nxt.lower in _AUX or "VERB" in _lemmas(nxt.lower)
                                and "NOUN" not in _lemmas(nxt.lower)):
        return ""
    name = _render(text, toks[:k])
    if k == 1 and _lemmas(name.lower()) or _first_name(name):
        return ""  # ('Shares rose', 'Ann Lee said': no thing 'it' stands for)
    return _name_of(name)


def _prior_named_subject(text: str, at: int) -> str:
    """The name that is the subject of the sentence right before offset ``at`` ('At the moment, Acme has 600 stores
    in the U.S.' → 'Acme'): a capitalised run right before that sentence's first verb, not a person's name; ""
    when the sentence does not open so."""
    end = max(text.rfind(". ", 0, at), text.rfind(".\n", 0, at))
    if end < 0 or text[end + 1 : at].strip():
        return ""
    start = max(text.rfind(". ", 0, end), text.rfind("\n", 0, end)) + 1
    toks = tokens(text, start, end)
    n = next((i for i, t in enumerate(toks) if _verbish(t) or t.lower in _AUX or i and toks[i - 1].is_cap
              and toks[i - 1].lower not in _STOPWORDS_CAP and not t.is_cap and "VERB" in _lemmas(t.lower)), None)
    if not n:
        return ""
    k = n
    while k > 0 and toks[k - 1].is_cap and toks[k - 1].is_word:
        k -= 1
    name = _render(text, toks[k:n])
    initial = k == 0 and len(name.split()) == 1 and bool(_lemmas(name.lower()))  # 'Shares rose': no name
    pronoun = _CONTRACTED_SUBJECT.sub("", toks[k].lower) in _PRONOUN_SUBJECTS_ALL if k < n else False  # "I'll go"
    return "" if k == n or initial or pronoun or _first_name(name) or toks[k].lower in _STOPWORDS_CAP \
        else _name_of(name)


#: a named speaker right after a closing quotation mark: '…,” said Sports Minister Jane Roe', '…,” Jane Roe said'
_AFTER_QUOTE = re.compile(r"[”\"]\s*(?:(?:said|says|added|adds)\s+(?:[a-z][\w’'-]*\s+){0,3}?"
                          r"(?P<who>(?:[A-Z][\w.’'-]*\s+){0,5}[A-Z][\w’'-]*)"
                          r"|(?P<who2>(?:[A-Z][\w.’'-]*\s+){0,5}[A-Z][\w’'-]*)\s+(?:said|says|added|adds)\b)")


def _quote_speaker(text: str, at: int) -> str:
    """Who 'I' is inside a quotation: the person named in the paragraph's attribution ('“When I spoke with the
    chairman last week, …,” said Sports Minister Jane Roe' → 'Jane Roe'), the first after offset ``at`` or else the
    last before it; "" when ``at`` is outside quotation marks or no person is named so."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    para = text[start : len(text) if end < 0 else end]
    rel = at - start
    if para.count("“", 0, rel) <= para.count("”", 0, rel) and para.count('"', 0, rel) % 2 == 0:
        return ""
    found = list(_AFTER_QUOTE.finditer(para))
    m = next((m for m in found if m.start() >= rel), found[-1] if found else None)
    if m is None:
        return ""
    words = (m.group("who") or m.group("who2")).split()
    k = max((n + 1 for n, w in enumerate(words) if w.lower().strip(".") in _ROLE_WORDS), default=0)
    name = words[k:] if len(words) - k in {2, 3} else []  # a first name and a surname, after any role
    return " ".join(name) if name and not _is_generic(name) else ""


#: who speaks in a release or a post: its lead ('Senator Jane Roe (D-NY) issued the following statement') or its
#: post's byline ('Posted on May 2 by Jane Roe, Chief Economist') or its metadata ('<author>Jane Roe</author>', the
#: '<President>' of a compilation of a head of state's documents); never a bare 'By Jane Roe', a reporter's byline
#: that names who wrote the story, not who speaks in it
_RELEASE_SPEAKER = re.compile(
    r"(?P<who>(?:[A-Z][\w’'.-]*[ \t]+){1,4}[A-Z][\w’'-]+)(?:[ \t]*\([^()\n]{1,20}\))?,?[ \t]+(?:today[ \t]+)?"
    r"(?:issued|released|made|gave|delivered)[ \t]+the[ \t]+following[ \t]+(?:statement|remarks)"
    r"|^[ \t]*Posted[ \t]+(?:on[ \t]+[^\n]{3,40}?[ \t]+)?by[ \t]+(?P<by>(?:[A-Z][\w’'.-]*[ \t]+){1,3}[A-Z][\w’'-]+)"
    r"[ \t]*(?:,|$)"
    r"|<(?P<tag>(?i:president|speaker|author|byline))>\s*(?P<meta>(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]+)\s*</(?P=tag)>",
    re.M)


def _release_speaker(text: str, at: int) -> str:
    """Who 'I' is in a release or a post that names its speaker before offset ``at`` (its lead: 'Mayor Jo Ray
    issued the following statement today:' → 'Jo Ray'; its byline: 'Posted on May 2 by Ann Lee, Chief Economist'
    → 'Ann Lee'): a first name and a surname after any role; "" when none is named so, or when 'I' is inside a
    quotation that an attribution after it gives to someone else ('“On Monday, I visited …,” the chief said')."""
    if _attributed_quote(text, at):
        return ""
    found = None
    for found in _RELEASE_SPEAKER.finditer(text, max(0, at - 3000), at):
        pass
    if found is None:
        return ""
    words = (found.group("who") or found.group("by") or found.group("meta")).split()
    k = max((n + 1 for n, w in enumerate(words) if w.lower().strip(".") in _ROLE_WORDS | _STOPWORDS_CAP), default=0)
    name = words[k:] if len(words) - k in {2, 3} else []  # a first name and a surname, after any role
    return " ".join(name) if name and not _is_generic(name) else ""


#: the head of a speech, statement, briefing or letter page naming who speaks in it: 'Remarks by the President on
#: …', 'STATEMENT BY THE PRESIDENT' (also glued to a release line before it: 'April 15, 2013STATEMENT BY …'),
#: 'Statement of Secretary Ann Lee', 'Testimony of Dr. Bo Ray', 'Press Briefing by Jo Fox', 'Letter to the Board
#: from the Commissioner' (a capital opens the head: not '… in remarks by the mayor' of a story); or a compilation
#: of a head of state's papers, 'Administration of Jo Fox, 2010'; a genre word whose speaker is on the next line
#: ('REMARKS FOR' / 'THE HONORABLE ANN LEE'), the speaker's possessive ('The Mayor's Radio Address') or a name
#: before an opening statement at a line's start ('Panel Chair Roe opening statement at hearing')
_HEADER_SPEAKER = re.compile(
    r"(?<![A-Za-z])(?=[A-Z])(?:(?i:remarks|statement|testimony|address|briefing|message)[ \t]+(?i:by|of|from)"
    r"|(?i:letter|message)[ \t]+(?:(?i:to)[ \t]+[^\n]{1,80}?[ \t]+)?(?i:from))[ \t]+"
    r"(?:(?i:the)[ \t]+)?(?P<who>(?:[A-Z][\w’'.-]*[ \t]+){0,6}[A-Z][\w’'-]+)"
    r"|\bAdministration[ \t]+of[ \t]+(?P<admin>(?:[A-Z][\w’'.-]*[ \t]+){1,3}[A-Z][\w’'-]+),[ \t]+\d{4}\b"
    r"|(?<![A-Za-z])(?i:remarks|statement|testimony|address)[ \t]+(?i:for|by|of)\s*\n\s*(?:(?i:the)[ \t]+)?"
    r"(?P<below>(?:[A-Z][\w’'.-]*[ \t]+){0,6}[A-Z][\w’'-]+)"
    r"|(?<![\w’'])(?:(?i:the)[ \t]+)?(?P<poss>(?:[A-Z][\w.-]*[ \t]+){0,2}[A-Z][\w-]+)[’']s[ \t]+"
    r"(?:(?:Weekly|Radio|Opening|Closing)[ \t]+)*(?:Address|Remarks|Statement)\b"
    r"|(?:^|(?<=\n))(?P<before>(?:[A-Z][\w.-]*[ \t]+){1,5}[A-Z][\w-]+)[ \t]+"
    r"(?i:opening[ \t]+statement|prepared[ \t]+remarks)\b")
#: words that end the speaker's name in a page head ('Remarks by the Mayor Before the Vote …', 'REMARKS BY THE
#: MAYOR ON FLOOD RELIEF')
_HEADER_NAME_END = {"on", "after", "upon", "at", "to", "in", "before", "for", "regarding", "about", "with", "and",
                    "during", "following", "from", "of", "the", "a", "an"}
#: titles before a name in a page head besides :data:`_ROLE_WORDS` ('Statement from Admiral Ann Lee', 'Testimony
#: of Special Agent Bo Ray')
_HEADER_TITLES = {"special", "agent", "congressman", "congresswoman", "admiral", "inspector", "surgeon", "postmaster",
                  "administrator", "ambassador", "national", "incident", "captain", "major", "sheriff", "u.s.", "us",
                  "honorable"}
#: how far into a page its head may lie
_HEADER_REACH = 3000


def _header_speaker(text: str, at: int) -> str:
    """Who 'I' is on a speech, statement or briefing page whose head names its speaker before offset ``at`` and in the
    first :data:`_HEADER_REACH` characters ('Remarks by the Governor, Storm Update' → 'Governor', an office alone as
    :func:`_speaker_label` gives it, named by its holder later; 'Statement of Secretary Ann Lee' → 'Ann Lee';
    'Administration of Jo Fox, 2010' → 'Jo Fox'); "" when the head names no person nor office alone ('Statement of
    Policy', 'Briefing from Acme'), or when 'I' is inside a quotation an attribution gives to someone else."""
    if _attributed_quote(text, at):
        return ""
    found = None
    for found in _HEADER_SPEAKER.finditer(text, 0, min(at, _HEADER_REACH)):
        pass
    if found is None:
        return ""
    raw = next(found.group(g) for g in ("who", "admin", "below", "poss", "before") if found.group(g)).split()
    while found.group("before") and len(raw) > 1 and set(_lemmas(raw[-1].lower())) == {"VERB"}:
        raw = raw[:-1]  # 'Roe Delivers (Opening Statement)': the name before its verb
    glued = re.match(r"[A-Z]{3,}(?=[A-Z][a-z])", raw[0])  # the next line glued on: 'THE GOVERNORJane Roe …'
    raw = [glued.group(0)] if glued else raw
    caps = raw[0].isupper() and len(raw[0]) > 1  # a head in capitals ends with them ('… THE PRESIDENT Today I')
    cut = next((n for n, w in enumerate(raw) if n and (w.lower() in _HEADER_NAME_END or caps and not w.isupper())),
               len(raw))
    raw = raw[:cut]
    titles = _ROLE_WORDS | _HEADER_TITLES | {"mr", "mrs", "ms", "the"}
    k = max((n + 1 for n, w in enumerate(raw) if w.rstrip(".").lower() in titles), default=0)
    words = raw[k:]
    if not words:
        office = raw[-1].capitalize() if len(raw) == 1 else ""
        return office if office and _OFFICE_ALONE.match(office + " x") else ""
    if len(words) > 3 or len(words) == 1 and not k or _is_generic(words):
        return ""  # 'Statement of Death', 'Briefing from Acme': no role before one word
    return " ".join(w if not w.isupper() or len(w) <= 2 else w.capitalize() for w in words)


#: an attribution right after a closing quotation mark: '…,” the chief said', '…,” said a spokeswoman'
_ATTRIBUTION_AFTER = re.compile(r"[”\"]\s*(?:(?:said|says|added|adds|told|wrote)\b|(?:[\w’'.-]+\s+){1,6}?"
                                r"(?:said|says|added|adds|told|wrote)\b)")


def _attributed_quote(text: str, at: int) -> bool:
    """Whether offset ``at`` is inside a quotation of its paragraph that an attribution verb follows ('“On Monday,
    I visited the school,” the chief said')."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    para = text[start : len(text) if end < 0 else end]
    rel = at - start + (para[at - start : at - start + 1] in "“\"")  # a clause that opens with the quotation mark
    if para.count("“", 0, rel) <= para.count("”", 0, rel) and para.count('"', 0, rel) % 2 == 0:
        return False
    return _ATTRIBUTION_AFTER.search(para, rel) is not None


def _is_generic(words: list[str]) -> bool:
    """Whether capitalised words name a body or kind rather than a person ('Health Ministry', 'The Company')."""
    return bool({w.lower().strip(".,") for w in words} & (_GENERIC_ORG | _GENERIC_HEADS | _STOPWORDS_CAP))


#: a transcript's speaker label opening a line: 'SMITH:', 'SEN. JANE ROE:', 'MR. DOE:'
_LABEL = re.compile(r"^[ \t]*((?:[A-Z][A-Z’'.-]+ ){0,2}[A-Z][A-Z’'-]+):[ \t]", re.M)
#: a speaker's label in a record of a legislature's debate, opening a paragraph: an honorific and a surname in
#: capitals, perhaps 'of' a state, and a full stop ('Mr. ROE. Mr. President, I rise …', 'Ms. LEE of Ohio. I …'),
#: or the chair's ('The PRESIDING OFFICER.', 'The SPEAKER pro tempore.'), whose words are no member's
_RECORD_LABEL = re.compile(r"^[ \t]*(?:(?:Mr|Ms|Mrs|Miss)\.[ \t]+(?P<who>[A-Z][A-Z’'-]+(?:[ \t]+[A-Z][A-Z’'-]+)?)"
                           r"(?:[ \t]+of[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)?|The[ \t]+[A-Z][A-Z ]+[A-Z]"
                           r"(?:[ \t]+pro[ \t]+tempore)?)\.[ \t]", re.M)


def _speaker_label(text: str, at: int) -> str:
    """Who 'I' is in a transcript: the speaker label nearest before offset ``at`` ('OKAFOR:  … In December, I
    asked …' → 'Okafor'; in a record of debate 'Mr. OKAFOR. Mr. President, in December I asked …', see
    :data:`_RECORD_LABEL`), without a title ('SEN.', 'MR.'); "" when no label opens a line before it (nor one of a
    memo's header words: 'TO:', 'FROM:'), or when the nearest is the chair's."""
    found = None
    for found in _LABEL.finditer(text, max(0, at - 5000), at):
        pass
    record = None
    for record in _RECORD_LABEL.finditer(text, found.end() if found else max(0, at - 5000), at):
        pass
    if record is not None:  # 'Mr. ROE. Mr. President, I rise …': Roe; the chair's label: no member
        return " ".join(w.capitalize() for w in record.group("who").split()) if record.group("who") else ""
    if found is None:
        return ""
    words = [w for w in found.group(1).split() if w.rstrip(".").lower() not in _ROLE_WORDS | {"mr", "mrs", "ms", "the"}]
    office = found.group(1).split()
    if not words and len(office) == 2 and office[0] == "THE" and _OFFICE_ALONE.match(office[1].capitalize() + " x"):
        return office[1].capitalize()  # 'THE PRESIDENT:': the office, named by its holder later (_office_named)
    if not words or words[-1].lower() in {"to", "from", "re", "cc", "date", "subject", "fr", "da", "note", "who",
                                          "what", "when", "where", "update", "editor", "q", "a"}:
        return ""
    return " ".join(w.capitalize() for w in words)


def _previous_subject(text: str, at: int) -> str:
    """The plural subject of the sentence before offset ``at`` ('All recovery centers will close on Thursday. They
    reopen Friday' → 'recovery centers'), for a 'they' that opens the next; "" when it has none."""
    end = max(text.rfind(". ", 0, at), text.rfind(".\n", 0, at))
    if end < 0 or text[end + 1 : at].strip():
        return ""  # 'they' does not open the sentence right after another
    start = max(text.rfind(". ", 0, end), text.rfind("\n", 0, end)) + 1
    words: list[Token] = []
    for t in tokens(text, start, end):
        past = words and not t.is_cap and bool(past_lemmas(t.lower))
        if _verbish(t) or past or not t.is_word or t.lower in _PHRASE_START | _HARD_STOP:
            break
        if t.lower not in {"a", "an", "the", "all", "most", "some"}:
            words.append(t)
    subject = _render(text, words)
    head = re.split(r"\s+(?:of|in|at|from|for)\s+", subject)[0]
    if not words or len(words) > 5 or words[0].lower in _PRONOUN_SUBJECTS_ALL or not _plural_actor(head):
        return ""
    return _name_of(subject)


def _is_person(name: str) -> bool:
    """Whether an actor reads as a person's name (two or three capitalised words, none of a body's kind), which
    'it' never stands for."""
    words = name.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and not {
        w.lower().strip(".,") for w in words} & (_GENERIC_ORG | _GENERIC_HEADS)


_GENERIC_ORG = {"inc", "corp", "co", "ltd", "group", "company", "ministry", "department", "agency", "office",
                "court", "party", "government", "council", "committee", "union", "nations", "states", "house",
                "corporation", "incorporated",
                "news", "times", "post", "press", "bank", "university", "city", "county", "republic", "kingdom"}
#: last words of a name that say what kind of body it is, not which one
_GENERIC_HEADS = {"assistance", "service", "services", "administration", "commission", "authority", "program",
                  "programme", "fund", "force", "forces", "guard", "bureau", "association", "organization",
                  "organisation", "institute", "foundation", "exchange", "center", "centre", "board", "police"}
_STOPWORDS_CAP = {"the", "a", "an", "he", "she", "it", "they", "we", "i", "in", "on", "at", "but", "and", "as",
                  "after", "before", "when", "while", "this", "that", "these", "those", "his", "her", "their", "its",
                  "if", "for", "mr", "mrs", "ms", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                  "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
                  "october", "november", "december", "there", "then", "also", "however", "meanwhile"}


_REPORT_LEMMAS = {"say", "tell", "announce", "report", "state", "add", "note", "suggest", "claim", "warn", "reveal",
                  "confirm", "acknowledge", "insist", "argue", "write", "tweet", "explain", "indicate", "allege",
                  "contend", "assert"}
#: verbs of attention or comment: a clause with one of them states less than the action an '-ing' phrase adds to it
#: ('focused on reconstruction, chairing the panel's first meeting'); a light verb with one of the nouns after it
_ATTENTION = {"focus", "concentrate", "dwell", "reflect", "ponder", "muse", "marvel", "remark", "comment", "look"}
_ATTENTION_NOUNS = {"note", "notice", "stock"}


_SUB_START = re.compile(r"(?:,\s*|\s)(?:where|when|while|and|but|as|after|before|because|since|until|whereas|"
                        r"although|though)\s+", re.I)


#: a measure of time or a degree that may come before the subordinator of an opening clause ('Six months after …,',
#: 'Just days before …,', 'Shortly after …,', 'Not long after …,')
_TIME_LEAD = (r"(?:(?:just|only|shortly|soon|right|nearly|almost|about|some|barely|less\s+than|more\s+than|not\s+long|"
              r"long|well|even|ever)\s+)?(?:(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
              r"a\s+few|few|several|\d{1,3})\s+)?(?:full\s+)?(?:minutes?|hours?|days?|weeks?|months?|years?)\s+)?")


def _subclause(text: str, clause: Clause, date: tuple[int, int]) -> Clause | None:
    """The clause of a date written in a subordinate or second clause after the main verb ('…, where Roe is due
    to testify at noon Wednesday'), or in the main clause after an opening subordinate one, its subordinator perhaps
    after a measure of time ('Six months after the storm hit, the senator today urged …': the urging is dated,
    before or after its verb), when that clause has its own actor and verb; None otherwise."""
    if clause.verb == (0, 0) or clause.verb[1] >= date[0]:
        return None
    opening = re.match(r"\W*%s(?:while|after|as(?!\s+well\s+as\b)|when|although|though|because|since|once|"
                       r"before)\b" % _TIME_LEAD, text[clause.start :], re.I)
    comma = text.find(",", clause.verb[1], date[0]) if opening else -1
    if comma > 0:  # 'While the club kept on losing …, the coach traveled to …'
        sub = analyse(text, comma + 1, clause.end, date[0], date[1])
        if sub.verb != (0, 0) and sub.start > comma and sub.verb_lemma != "be":  # (the date before or after the verb)
            return _subclause(text, sub, date) or sub
    for m in reversed(list(_SUB_START.finditer(text, clause.verb[1], date[0]))):
        sub = analyse(text, m.end(), clause.end, date[0], date[1])
        if sub.verb == (0, 0) or sub.verb[0] > date[0] or sub.verb_lemma == "be" or sub.start < m.end() \
                or re.search(r"[,;]", text[sub.verb[1] : date[0]]):
            continue  # (the date must be in the verb's own stretch: not '…, and, a year later, presented')
        if re.search(r"\b(?:and|but)\s+$", m.group(0)):
            sub = dataclasses.replace(sub, start=clause.start)  # 'shelled the town and seized the bridge'
        actor, how = _actor(text, sub, sub.verb[0], date)
        if actor and how == "":
            return sub
    return None


def _common_subject(toks: list[Token], v: int) -> int:
    """Where the subject of a relative clause without a pronoun starts when it is no name: a subject pronoun ('the
    tests I ordered') or a determiner and a common noun ('the tests the mayor ordered') right before the verb at
    ``v``; ``v`` when neither."""
    if v >= 1 and toks[v - 1].lower in {"i", "we", "he", "she", "they"}:
        return v - 1
    if v >= 2 and toks[v - 2].lower in {"the", "a", "an", "its", "their", "his", "her", "our"} and toks[v - 1].is_word \
            and "NOUN" in _lemmas(toks[v - 1].lower) and not _verbish(toks[v - 1]):
        return v - 2
    return v


def _contact_relative(text: str, clause: Clause, date: tuple[int, int]) -> Clause | None:
    """'Brightline sued over the merger Acme terminated on June 10': a date right after the verb of a relative
    clause without a pronoun (a noun, a name, a past verb), after the main verb, dates that clause; its actor
    is the name and its object the noun (see :func:`_contact_object`)."""
    if clause.verb == (0, 0) or clause.verb[1] >= date[0]:
        return None
    toks = tokens(text, clause.verb[1], date[0])
    k = len(toks)
    while k and (toks[k - 1].lower in {"on", "in", "at", "by", "during"} | _SUBJECT_SKIP
                 or toks[k - 1].lower.endswith("ly") and not toks[k - 1].is_cap):
        k -= 1
    n = k - 1
    while n > 0 and toks[n - 1].is_cap and toks[n - 1].is_word:
        n -= 1
    common = k >= 2 and (n == k - 1 or toks[k - 2].lower in {"i", "we", "he", "she", "they"})
    if common:
        n = _common_subject(toks, k - 1)  # 'the tests the mayor ordered', 'the tests I ordered'
    if n < 2 or n == k - 1 or toks[k - 1].is_cap or not toks[k - 1].is_word:
        return None
    e = _object_pronoun_end(toks, n)  # 'the order that the agency issued on May 3': the pronoun is the object
    verb, noun = toks[k - 1], toks[e - 1]
    lemmas = _lemmas(verb.lower).get("VERB", ())
    if not lemmas or verb.lower in lemmas or not (verb.lower.endswith("ed") or _verbish(verb)) or noun.is_cap \
            or not noun.is_word or noun.lower in _FUNCTION_END | _SUBJECT_SKIP or _verbish(noun) \
            or _lemmas(noun.lower) and "NOUN" not in _lemmas(noun.lower):
        return None  # a past verb after a name after a common noun
    i, _ = _np_start(toks, e, antecedent=True)
    if common:  # ('tests' before 'the mayor' reads as a verb before its object to _np_start)
        i = next((m + 1 for m in range(e - 2, max(-1, e - 4), -1) if toks[m].lower in _DETERMINERS), e)
        bare = e >= 2 and toks[e - 2].lower in _PHRASE_START and _is_plural(noun.lower)  # 'from tests I ordered'
        i = e - 1 if i >= e and bare else i
    if i >= e or i < 1 or toks[i - 1].lower not in {"the", "a", "an", "its", "their", "his", "her"} | (
            _PHRASE_START if common else set()):
        return None
    return dataclasses.replace(clause, start=toks[i].start, subject=(toks[n].start, toks[k - 2].end),
                               verb=(verb.start, verb.end), verb_lemma=lemmas[0], verb_form="past")


def _object_pronoun_end(toks: list[Token], n: int) -> int:
    """Where the noun a relative clause refers to ends when the clause's subject starts at ``toks[n]`` right after
    an object pronoun ('the order that the agency issued', 'the rules, which the city adopted'): before the pronoun
    (and its comma); ``n`` when no such pronoun stands there (a contact clause: 'the order the agency issued')."""
    if n < 2 or toks[n - 1].lower not in {"that", "which"}:
        return n
    e = n - 1
    if toks[n - 1].lower == "which" and e >= 2 and toks[e - 1].word == ",":
        e -= 1
    return e


#: a first-person frame around the news ('we have learned', 'I am proud to report', 'we are writing to inform
#: you', a briefer's 'I'd like to mention that', 'I want to note that', 'let me point out that'): what follows it is
#: the event, the frame only the speaker's way of telling it
_FIRST_PERSON_FRAME = re.compile(
    r"\b(?:(?:I|[Ww]e)(?:\s+(?:have|had|just|also|now|all))*\s*(?:[’']ve\s+)?\s*(?:"
    r"(?:learned|learnt|heard|know|knew|found\s+out|discovered)"
    r"|(?:am|are|was|were|[’'](?:m|re))\s+(?:\w+ly\s+)?(?:pleased|happy|proud|glad|delighted|writing|sad|sorry)"
    r"\s+to\s+(?:announce|report|notify\s+you|inform\s+you|share|confirm|tell\s+you|say)"
    r"|(?:(?:would|[’']d)\s+(?:also\s+)?like|(?:also\s+)?want(?:ed)?)\s+to\s+(?:also\s+)?(?:mention|note|announce|report|"
    r"point\s+out|add|share|tell\s+you|let\s+you\s+know|remind\s+you|inform\s+you|update\s+you)\s+that)"
    r"|[Ll]et\s+me\s+(?:also\s+)?(?:mention|note|announce|report|point\s+out|add|tell\s+you|remind\s+you|"
    r"update\s+you)\s+that)\b\W*", re.I)


def _first_person_frame(text: str, clause: Clause, date: tuple[int, int]) -> Clause | None:
    """'Today we learned that the league has decided to expand': the clause after a first-person frame that tells
    the news (:data:`_FIRST_PERSON_FRAME`), when it has its own actor and verb; None otherwise."""
    m = _FIRST_PERSON_FRAME.search(text, clause.start, clause.end)
    if not m or clause.verb == (0, 0) or not m.start() <= clause.verb[0] < m.end():
        return None
    start = m.end()
    if date[0] <= start + 1 and date[1] > start:
        start = date[1]  # 'proud to report (on Monday) the club will …'
    if re.match(r"\W*(?:of|about|what|how|why|whether)\b", text[start : clause.end], re.I):
        return None  # 'we learned of the death of a patient who …': a noun phrase follows the frame, no clause
    that = re.match(r"\W*(?:that\b)?\W*", text[start : clause.end])
    start += that.end() if that else 0
    sub = analyse(text, start, clause.end, date[0], date[1])
    if sub.verb == (0, 0) or sub.start < start or sub.verb_lemma == "be" and sub.verb_form != "future":
        return None
    actor, how = _actor(text, sub, sub.verb[0], date)
    ours = text[sub.subject[0] : sub.subject[1]].lower() in {"we", "i"} and sub.verb_form == "future"
    if ours and not _named_by_date(text, sub, date):
        return sub  # 'we will open two libraries': 'Two libraries to be opened'
    if not actor or how or actor.lower() in _PRONOUN_SUBJECTS or _named_by_date(text, sub, date):
        return None  # ('On Tuesday we learned …': a date outside the clause names nothing in it)
    return sub


def _after_aside(text: str, clause: Clause, date: tuple[int, int]) -> Clause | None:
    """'Hale, who had said he would not join the board, reversed course on April 3': the clause's verb lies in a
    relative clause set off by commas, and the date belongs to the verb after it."""
    if clause.verb == (0, 0) or clause.verb[1] >= date[0]:
        return None
    head = text[clause.start : clause.verb[0]]
    opened = re.search(r",\s*(?:who|which)\b[^,]*$", head)
    close = text.find(",", clause.verb[1], date[0])
    if not opened or close < 0:
        return None
    sub = analyse(text, close + 1, clause.end, date[0], date[1])
    if sub.verb == (0, 0) or sub.verb[0] > date[0] or sub.start <= close:
        return None
    return dataclasses.replace(sub, start=clause.start)


#: a fronted phrase naming a piece of writing or speech whose participle holds the date ('In a letter sent Monday,')
_FRONTED_WORK = re.compile(r"\W*(?:in|with|through)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:statement|letter|e-?mail|memo|note|interview|post|tweet|message|speech|release|"
                           r"filing|report|comments?|remarks)\s+(?:(?:to|for)\s+(?:[\w’'-]+\s+){1,3}?)?$", re.I)


def _fronted_frame(text: str, clause: Clause, date: tuple[int, int]) -> Clause | None:
    """'In a statement issued Monday, the senator said …': the date's participle belongs to a fronted phrase that
    names the statement, the letter or the interview; the event is what the main clause after it says was said or
    done (its first clause with its own actor and a finite verb); None otherwise."""
    if clause.verb == (0, 0) or not clause.verb[0] < date[0] or clause.verb_form not in {"past", "participle",
                                                                                         "passive"}:
        return None
    if not _FRONTED_WORK.match(text[clause.start : clause.verb[0]]) or re.search(r"[,;]", text[clause.start : date[0]]):
        return None
    for comma in (m.start() for m in re.finditer(",", text[date[1] : clause.end])):
        at = date[1] + comma + 1
        if re.search(r"[“\"]", text[date[1] : at]):
            return None  # inside the quotation
        opened = re.search(r"[“\"]", text[at : clause.end])
        quoted = at + opened.start() if opened else clause.end  # the speaker's clause ends where the quote opens
        sub = analyse(text, at, quoted, date[0], date[1])
        if sub.verb == (0, 0) or sub.start < at or sub.verb_form not in {"past", "present", "perfect"}:
            continue
        if re.match(r"\W*(?:[^,?]{0,30},\s*)?(?:why|how|what|whether)\b", text[sub.verb[1] : clause.end], re.I):
            return None  # a question the writer asks: its words are no headline
        actor, how = _actor(text, sub, sub.verb[0], date)
        if not actor or how != "" or re.search(r"[,;]", text[sub.start : sub.verb[0]]) and not re.fullmatch(
                r"[^,;]+,\s*[^,;]+,\s*", text[sub.start : sub.verb[0]]):  # (an apposition: 'Acme's chief, Ann Poe,')
            continue
        sub = dataclasses.replace(sub, end=clause.end)  # what the speaker says in the quotation
        said = _report_title(text, sub, sub.verb, sub.verb_lemma, date) if sub.verb_lemma in _REPORT_LEMMAS else ""
        return sub if sub.verb_lemma not in _REPORT_LEMMAS or _has_verb(_after(said, sub.verb_lemma)) else None
    return None


_FRONTED_TIME = re.compile(r"\W*(?:Beginning|Starting|Effective|Commencing|From|As\s+of)\b", re.I)


def _fronted_time(text: str, clause: Clause, date: tuple[int, int]) -> Clause | None:
    """'Beginning Monday and continuing until the strike ends, the galleries will be closed': a fronted phrase that
    only says from when holds the date; the event is the main clause after it (its first clause after a comma with
    an actor and a verb of its own); None otherwise."""
    if not _FRONTED_TIME.match(text, clause.start) or date[0] < clause.start:
        return None
    comma = text.find(",", date[1], clause.end)
    if comma < 0 or re.search(r"[“\";:]", text[clause.start : comma]):
        return None
    sub = analyse(text, comma + 1, clause.end, date[0], date[1])
    if sub.verb == (0, 0):
        return None
    actor, how = _actor(text, sub, sub.verb[0], date)
    return sub if actor and how == "" else None


_QUESTION = re.compile(r",\s*(?P<who>[^,;“\"]{2,60}?)\s+(?:wrote|said|asked|writes|says|asks)\s*,?\s*[“\"]"
                       r"(?:[^,?”\"]{0,30},\s*)?(?P<wh>why|how|what|whether|when|where)\s+"
                       r"(?P<aux>should|would|could|will|can|is|are|was|were|has|have|had)\s+"
                       r"(?P<subj>(?:the\s+)?[A-Za-z][\w.’'-]*)\s+(?P<rest>[^?”\"]+)", re.I)


def _fronted_question(text: str, clause: Clause, date: tuple[int, int]) -> str:
    """'In a letter sent Monday, the senator wrote, “Why should the agency pay the claims?”': the statement the date
    dates asks a question, and the title says who asks what ('Senator asks why agency should pay claims'); ""
    otherwise (a question with *do*, whose verb would need its tense undone, is left as it is)."""
    if clause.verb == (0, 0) or not clause.verb[0] < date[0] or not _FRONTED_WORK.match(
            text[clause.start : clause.verb[0]]):
        return ""
    q = _QUESTION.match(text, date[1], clause.end)
    if not q or re.search(r"[,;]", text[clause.start : date[0]]):
        return ""
    who = _name_of(re.sub(r"^(?:the|a|an)\s+", "", q.group("who").strip(), flags=re.I))
    subj = re.sub(r"^the\s+", "", q.group("subj"), flags=re.I)
    rest = [w for w in q.group("rest").split() if w.lower() not in {"the", "a", "an"}]
    words = [who, "asks", q.group("wh").lower(), subj, q.group("aux").lower(), *rest]
    title = _fit(words, MAX_TITLE).split()
    if len(title) < len(words) and title[-1].endswith("ed") and title[-1] != q.group("rest").split()[0]:
        title.pop()  # 'contracts executed (in May)': the participle needs what was cut
    return " ".join(title) if len(title) >= 6 else ""


_SAYS = r"(?:said|says|added|adds|wrote|writes|tweeted|tweets|stated|states|noted|notes|explained|explains|" \
        r"insisted|insists|argued|argues|warned|warns|declared|declares|told|tells)"
#: a quotation and who said it after it: '“We will appeal,” the company said' or '“…,” said Jane Roe'
_ATTRIBUTED = re.compile(r"[“\"](?P<q>[^“”\"]{8,400}?)[,.!?]?\s*[”\"]\s*,?\s*(?:(?P<who>[^,;.!?“”\"]{2,60}?)\s+"
                         + _SAYS + r"|" + _SAYS + r"\s+(?P<who2>[^,;.!?“”\"]{2,60}?)(?=[\s,.]))")
_FIRST_PERSON = re.compile(r"(?:I|We|Our|My|Us)|(?:I|We)[’'](?:m|re|ve|ll|d)")


#: a word that gives a name the quotation marks after it hold: 'a report entitled “…”'
_NAMING = re.compile(r"\b(?:entitled|titled|called|named|dubbed|headlined|labell?ed|billed\s+as),?\s*$", re.I)


def _quoted_attribution(text: str, clause: Clause, date: tuple[int, int]) -> str:
    """'“We will appeal the ruling,” the company said on Friday': the date is the saying's, after the quotation; the
    title is who said what ('Company says “we will appeal ruling”'; a reported third person without quotation
    marks: '“The bid undervalues the company,” the board said in a statement on Monday' → 'Board says bid
    undervalues company'); "" when the date is no such saying's."""
    window = text[max(0, date[0] - 500) : date[0]]
    found = None
    for found in _ATTRIBUTED.finditer(window):
        pass
    if found is None or _NAMING.search(window, 0, found.start()):
        return ""  # 'a hearing entitled “Is the Public at Risk?”': a name in quotation marks, not a saying
    if re.search(r"[.!?]\s*[”\"]\s+[A-Z]", found.group(0)):
        return ""  # '… called it “a grave mistake.” The board said late Friday …': a quotation closed by its full
        # stop ends its sentence; the capital after it opens the next one, which says who said what then
    rest = text[date[0] - len(window) + found.end() : date[0]]
    if re.search(r"[,.!?;“”\"]", rest) or len(rest) > 80 or any(
            _verbish(t) and t.lower not in {"released", "issued", "posted", "published", "sent", "made", "delivered",
                                            "given", "broadcast", "aired"} for t in tokens(rest)):
        return ""  # the date is not in the attribution's own words ('…,” Roe said, adding that the board met on …')
    who = found.group("who") or found.group("who2") + rest  # '… said Health Minister Jane Roe on Tuesday'
    who = re.sub(r"\s+(?:on|in|at|during|late|early|earlier|last|this|from|to)\b.*$", "", who.strip(), flags=re.S)
    who = re.sub(r"^(?:the|a|an)\s+", "", who.strip(" ,"), flags=re.I)
    if not who or who.lower() in _PRONOUN_SUBJECTS_ALL or not re.fullmatch(r"[\w.’'& -]+", who) \
            or any(_verbish(t) for t in tokens(who)):
        return ""
    who = _name_of(who)
    words = [w for w in _TIME_WORDS.sub("", found.group("q")).strip(" ,").split() if w.lower() not in {"a", "an", "the"}]
    if not words:
        return ""
    words = _quoted_subject(text, date[0] - len(window) + found.start()) + words
    first = _FIRST_PERSON.fullmatch(words[0][:1].upper() + words[0][1:]) is not None
    if first and not re.match(r"I\b|I[’']", words[0]) or not first and _lemmas(words[0].lower()) and (
            len(words) < 2 or not words[1][:1].isupper()):
        words[0] = words[0].lower()  # 'The bid undervalues …' → 'bid undervalues …'; not a name
    head = f"{who[:1].upper()}{who[1:]} says"
    said = _fit(words, MAX_TITLE - len(head) - (3 if first else 1))
    if len(said.split()) < 2:
        return ""
    return f"{head} “{said}”" if first else f"{head} {said}"


#: a finite verb that opens a quotation whose subject the reporter wrote before it: 'Inspectors “have found no
#: leak,” the mayor said': news quotes a speaker's predicate and gives its subject in its own words
_QUOTED_PREDICATE = {"is", "are", "was", "were", "will", "would", "has", "have", "had", "can", "could", "may", "might",
                     "must", "should", "did", "do", "does"}


def _quoted_subject(text: str, quote: int) -> list[str]:
    """The subject the reporter wrote before a quotation that opens with a finite verb of its own
    (:data:`_QUOTED_PREDICATE`), in the same sentence (a noun phrase of one to five words, no verb, comma or pronoun:
    'Inspectors “have found no leak,” the mayor said' → ['Inspectors']); [] otherwise, as for a quotation that is a
    sentence of its own ('“We know the risks,” …') or follows a clause ('He said the board “has no plan”')."""
    m = re.match(r"[“\"]\s*([a-z]+)\b", text[quote : quote + 40])
    if not m or m.group(1) not in _QUOTED_PREDICATE:
        return []
    start = max(_last_stop(text, quote), text.rfind("\n", 0, quote), -1) + 1
    before = text[start:quote].split()
    if not 1 <= len(before) <= 5 or re.search(r"[,;:()“”\"]", " ".join(before)):
        return []
    toks = tokens(" ".join(before))
    if any(_verbish(t) or t.lower in _PRONOUN_SUBJECTS_ALL | _PHRASE_START | _HARD_STOP for t in toks):
        return []
    return [w for w in before if w.lower() not in {"a", "an", "the"}]


#: what a sentence says, then who said it when: '…, the governor announced on Monday.' The saying may name the
#: press it was told to ('…, an aide told ministry reporters there on Friday') and its occasion and the occasion's place
#: before the date ('…, the mayor said in a news conference at City Hall on Sunday'): where and to whom it was said,
#: not what, so those words stay part of the attribution
_SAID_AFTER = re.compile(r",\s+(?P<who>(?:the\s+)?[\w.’'-]+(?:\s+[\w.’'-]+){0,4}?)\s+(?P<verb>" + _SAYS[3:-1]
                         + r"|announced|reported|confirmed)(?:\s+(?:[A-Z][\w’'.&-]*\s+)?(?:reporters|journalists|"
                         r"correspondents|the\s+press)(?:\s+(?:here|there))?)?(?:\s+(?:in|to|at)\s+(?:an?|the|its|his|her"
                         r"|their)\s+[\w-]+(?:\s+[\w-]+){0,2})?(?:\s+(?:at|in|outside)\s+(?:the\s+)?[A-Z][\w.’'-]*"
                         r"(?:\s+[A-Z][\w.’'-]*){0,3})?\s*$")


#: month names a full stop shortens ('Sept. 11', 'Jan. 5'): the stop ends no sentence
_MONTH_SHORT = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}


def _last_stop(text: str, at: int) -> int:
    """Where the last '. ' before ``at`` ends a sentence (-1 for none): not after an initialism ('the U.S. office'),
    a title's or a month's abbreviation ('Sen. Roe', 'Sept. 11') or a lone capital ('John Q. Public')."""
    stop = text.rfind(". ", 0, at)
    while stop > 0:
        word = re.search(r"[\w.]*$", text[max(0, stop - 12) : stop]).group(0)
        last = word.rsplit(".", 1)[-1].lower()
        if not (re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word) or re.fullmatch(r"[A-Z]", word)
                or last in TITLE_ABBREVIATIONS | _MONTH_SHORT):
            return stop
        stop = text.rfind(". ", 0, stop)
    return stop


def _unquoted_attribution(text: str, clause: Clause, date: tuple[int, int]) -> str:
    """'Schools will remain closed until April 24, the governor announced on Monday': who said it, and when, closes
    the sentence; the title is what was said, then who said it, the way headlines attribute ('Schools to remain
    closed until April 24, governor announces'), or what was said alone when both do not fit; "" otherwise."""
    sentence = max(_last_stop(text, date[0]), text.rfind("\n", 0, date[0]), -1) + 1
    head = text[sentence : date[0]]
    m = _SAID_AFTER.search(re.sub(r"\s+(?:on|in|at|late|early|last|this)\s*$", "", head))
    rest = text[date[1] :]
    if not m or re.search(r"[“”\"]", head) or not re.match(r"[^.!?;\n]{0,40}(?:[.!?]|$)", rest) and not re.match(
            r"\s*,\s*(?:after|as|while|because|before|when|since|saying|adding|citing)\b", rest):
        return ""  # a quotation, or more said after the date
    who = re.sub(r"^(?:the|an?)\s+", "", m.group("who"), flags=re.I)
    if any(_verbish(t) for t in tokens(who)) or who.lower() in _PRONOUN_SUBJECTS_ALL:
        return ""
    end = sentence + m.start()
    inner = analyse(text, sentence, end, end, end)
    if inner.verb == (0, 0) or inner.verb_lemma in _REPORT_LEMMAS:
        return ""
    said = make_title(text, inner, end, end)
    if said == FALLBACK_TITLE or len(said.split()) < 2 or _is_lone_name(said, inner):
        return ""
    verb = m.group("verb").lower()
    lemma = "say" if verb in {"said", "says", "told", "tells"} else _lemmas(verb).get("VERB", (verb,))[0]
    whole = f"{said}, {_name_of(who)} {lemma if _plural_actor(who) else third_person(lemma)}"
    return whole if len(whole) <= MAX_TITLE else said


def _relative(text: str, clause: Clause, date: tuple[int, int]) -> Clause | None:
    """'the outbreak that began on Friday has now passed 1,900 cases': a date in a relative clause before the main verb
    dates the relative clause, whose actor is the noun it refers to."""
    if clause.verb == (0, 0) or clause.verb[0] < date[1] or clause.verb[0] <= date[0]:
        return None  # (an undated lede's title is anchored at its main verb: no relative clause holds it)
    toks = tokens(text, clause.start, date[0])
    rel = [n for n, t in enumerate(toks) if t.lower in {"that", "which", "who"}]
    if not rel or any(t.word in {",", ";", ":"} for t in toks[rel[-1] :]):
        return None
    n = rel[-1] + 1
    aux = []
    while n < len(toks) and (toks[n].lower in _SUBJECT_SKIP or toks[n].lower.endswith("ly")):
        aux.append(toks[n].lower)
        n += 1
    if n >= len(toks) or toks[n].is_cap or "VERB" not in _lemmas(toks[n].lower):
        return None
    head = toks[n]
    if _determiner_that(toks, rel[-1], n):
        return None  # 'Before that single death in May, …': 'that' a determiner, 'single' an adjective
    if any(_verbish(t) or t.lower in _REPORT_WORDS for t in toks[n + 1 :]):
        return None  # 'Acme, that runs the mill, said late Monday': the date is the main verb's
    lemma = _lemmas(head.lower)["VERB"][0]
    be = set(aux) & {"was", "were", "is", "are", "been", "be"}
    form = "passive" if be and head.lower.endswith(("ed", "en")) else "present" if head.lower == lemma else "past"
    end = tokens(text, clause.start, clause.verb[0])
    while end and end[-1].lower in _SUBJECT_SKIP:  # the relative clause ends where the main verb group starts
        end.pop()
    return dataclasses.replace(clause, verb=(toks[rel[-1] + 1].start, head.end), verb_lemma=lemma, verb_form=form,
                               end=end[-1].end if end else clause.verb[0])


def _determiner_that(toks: list[Token], rel: int, n: int) -> bool:
    """Whether ``toks[rel]`` is 'that' as a determiner, not a relative pronoun: right before ``toks[n]``, a word
    in its base form that can be an adjective, followed by a noun (*that single death*, *that open letter*), not
    by a preposition or the end (*the shops that open on Monday*)."""
    if toks[rel].lower != "that" or n != rel + 1 or n + 1 >= len(toks):
        return False
    head, nxt = toks[n].lower, toks[n + 1]
    lemmas = _lemmas(head)
    return head in lemmas.get("VERB", ()) and "ADJ" in lemmas and nxt.is_word and not nxt.is_cap \
        and nxt.lower not in _PHRASE_START | _DETERMINERS and "NOUN" in _lemmas(nxt.lower)


def _verb_after_date(text: str, clause: Clause, date: tuple[int, int]) -> Clause | None:
    """'The league (NFL) today announced a fine for the club's use of drones to film training': the analysis took
    a later infinitive for the clause's verb; the past verb right after the date is the clause's. None when the
    clause's verb is no infinitive after the date or no past verb follows the date at once."""
    if clause.verb_form != "infinitive" or not date[1] <= clause.verb[0] or date[0] < clause.start:
        return None
    after = tokens(text, date[1], clause.verb[0])
    verb = after[0] if after else None
    if verb is None or verb.is_cap or not _verbish(verb):
        return None
    lemmas = _lemmas(verb.lower).get("VERB", ())
    if not past_lemmas(verb.lower):
        return None
    return dataclasses.replace(clause, verb=(verb.start, verb.end), verb_lemma=lemmas[0], verb_form="past")


def _participle_aside(text: str, clause: Clause) -> Clause | None:
    """'Sunday's final, billed as the match of the decade, took place in …': the clause's verb is a participle that
    opens a phrase set off by commas after the subject; the verb after the closing comma is the clause's. None
    when the verb opens no such phrase or no verb follows it."""
    if clause.verb == (0, 0) or clause.verb_form not in {"past", "passive"}:
        return None
    head = text[clause.start : clause.verb[0]]
    word = text[clause.verb[0] : clause.verb[1]].lower()
    if not re.search(r"\w[’'\w]*\s*,\s*(?:the\s+(?:first|last|second|only)\s+)?$", head) \
            or not any(word in verb_forms(v).get("VBN", ()) for v in _lemmas(word).get("VERB", ())):
        return None
    close = re.compile(r",[”\"’']?\s+").search(text, clause.verb[1], clause.end)
    if close is None or "\n" in text[clause.verb[1] : close.start()]:
        return None
    after = tokens(text, close.end(), clause.end)
    n = 0
    while n < len(after) and after[n].lower.endswith("ly") and after[n].lower not in _FUNCTION_END:
        n += 1
    verb = after[n] if n < len(after) else None
    if verb is None or verb.is_cap or not _verbish(verb):
        return None
    if n + 1 < len(after) and after[n + 1].lower == "by" and _participle_form(verb.lower):
        return None  # 'released a statement on a study, commissioned by the mayor, …': a participle, no verb
    lemma = _lemmas(verb.lower).get("VERB", (verb.lower,))[0]
    past = bool(past_lemmas(verb.lower))
    return dataclasses.replace(clause, verb=(verb.start, verb.end), verb_lemma=lemma,
                               verb_form="past" if past else clause.verb_form, subject=(0, 0))


def _agent_after(text: str, verb: tuple[int, int], date: tuple[int, int]) -> bool:
    """Whether a one-word verb written as a past participle has its agent right after it ('hit by the storm',
    'commissioned by the mayor') or after the date that follows it ('announced on May 3 by the agency'): a passive
    participle, not an active past; not 'by' before the date or a number ('rose by 5%', 'increased by Friday')."""
    written = text[verb[0] : verb[1]]
    after = verb[1]
    if verb[1] <= date[0] and date[1] > date[0] and re.fullmatch(r"\s+(?:(?:on|in|at)\s+)?", text[verb[1] : date[0]]):
        after = date[1]  # 'the plan announced on May 3 by the agency': the date between the verb and its agent
    m = re.match(r"\s+by\s+(\S+)", text[after : after + 40])
    if " " in written or m is None or not _participle_form(written.lower()):
        return False
    at = after + m.start(1)
    return not (date[0] <= at < date[1] or re.match(r"[\d$€£]|(?:about|nearly|almost|more|less|over|some)\b",
                                                     m.group(1), re.I) or m.group(1).lower().endswith("ing")
                and "VERB" in _lemmas(m.group(1).lower()))
    # ('reacted on Friday by saying …': a means, no agent)


def _participle_form(word: str) -> bool:
    """Whether a lower-case word is a verb's past participle ('commissioned', 'hit', 'taken')."""
    return any(word in verb_forms(v).get("VBN", ()) for v in _lemmas(word).get("VERB", ()))


def _relative_aside(text: str, clause: Clause, date: tuple[int, int]) -> Clause | None:
    """'Officials said Tuesday the driver, who died Monday, was 42': a date in a relative clause set off by commas
    dates that clause, an action of the noun it refers to (``Driver dies``); None when the clause's verb is *be*,
    *have* or one of saying, or the date is not in such a clause."""
    head = text[clause.start : date[0]]
    m = None
    for m in re.finditer(r",\s+(?:who|which)\s+", head):
        pass
    if m is None or "," in head[m.end() :] or clause.verb[0] > clause.start + m.start() and clause.verb[0] < date[1]:
        return None  # (the clause's own verb already stands in the relative clause)
    toks = tokens(text, clause.start + m.end(), date[0])
    n = 0
    while n < len(toks) and (toks[n].lower in _SUBJECT_SKIP or toks[n].lower.endswith("ly")):
        n += 1
    verb = toks[n] if n < len(toks) else None
    lemmas = _lemmas(verb.lower).get("VERB", ()) if verb is not None and not verb.is_cap else ()
    helped = any(t.lower in {"was", "were", "been", "had"} for t in toks[:n])  # 'which were hit': a past all the same
    passive = any(t.lower in {"was", "were", "been"} for t in toks[:n]) \
        and any(verb.lower in verb_forms(v).get("VBN", ()) for v in lemmas)  # 'who were laid off': 'laid off'
    if not lemmas or lemmas[0] == verb.lower and not helped or lemmas[0] in _REPORT_LEMMAS | {"be", "have", "do"} \
            or any(_verbish(t) for t in toks[n + 1 :]):
        return None  # a past action verb only: 'who died', 'which sank', 'which were hit'
    close = text.find(",", date[1], clause.end)
    return dataclasses.replace(clause, verb=(verb.start, verb.end), verb_lemma=lemmas[0],
                               verb_form="passive" if passive else "past", end=close if close > 0 else clause.end,
                               subject=(0, 0))


def _paved_way(text: str, clause: Clause, toks: list[Token], date: tuple[int, int]) -> str:
    """', clearing the way for its merger on Jan. 20': the dated noun the way is paved for is the event, with
    its owner, the named actor of the main verb ('Acme’s merger'); "" otherwise."""
    if len(toks) < 6 or toks[-1].is_cap or not re.search(r"(?:tion|sion|ment|al|ing)$", toks[-1].lower):
        return ""
    if toks[-2].lower not in {"his", "her"} or toks[-3].lower != "for" or toks[-4].lower != "way" or toks[-6].lower not in {"paving", "paved",
                                                                                                    "clearing", "cleared"}:
        return ""
    name, how = _actor(text, clause, clause.verb[0], date) if 0 < clause.verb[1] <= toks[-6].start else ("", "")
    person = how == "" and 1 <= len(name.split()) <= 3 and all(w[:1].isupper() for w in name.split())
    return f"{_name_of(name)}’s {toks[-1].word}" if person else ""  # the main actor's


def _noun_at_date(text: str, clause: Clause, date: tuple[int, int]) -> str:
    """'following a fire Saturday at the Unit 2 warehouse': a date written right after an event noun in a
    prepositional phrase dates that noun ('Fire at Unit 2 warehouse')."""
    toks = tokens(text, clause.start, date[0])
    paved = _paved_way(text, clause, toks[:-1] if toks and toks[-1].lower in {"on", "in", "at"} else toks, date)
    if paved:
        return paved
    if len(toks) > 3 and toks[-1].lower == "from" and toks[-2].lower not in _FUNCTION_END:
        k = len(toks) - 2  # 'on the committee vote from last night': the date names the noun phrase before it
        while k > 0 and toks[k - 1].is_word and ({"NOUN", "ADJ"} & set(_lemmas(toks[k - 1].lower)) or
                                                   toks[k - 1].is_cap) and \
                toks[k - 1].lower not in _FUNCTION_END | _HARD_STOP and not _verbish(toks[k - 1]):
            k -= 1
        words = [t.word for t in toks[k:-1]]
        if k and toks[k - 1].lower in {"the", "a", "an"} and len(words) >= 2 and "NOUN" in _lemmas(toks[-2].lower):
            title = _fit(words, MAX_TITLE)
            return title[:1].upper() + title[1:]
    if len(toks) < 3 or toks[-1].is_cap or "NOUN" not in _lemmas(toks[-1].lower) or toks[-1].lower in _FUNCTION_END:
        return ""
    k = len(toks) - 2
    while k > 0 and (_adjective(toks[k].word) or toks[k].lower in {"second", "third", "first", "new", "fresh"}):
        k -= 1
    if k < 1 or toks[k].lower not in {"a", "an", "the"} or toks[k - 1].lower not in {
            "following", "after", "before", "since", "amid", "despite", "during", "with", "regarding", "concerning",
            "about"}:  # 'a statement regarding the hearing today on …': the hearing's date
        return ""
    if toks[k - 1].lower == "with" and clause.verb != (0, 0) and clause.verb[1] <= toks[k - 1].start \
            and clause.verb_lemma not in {"be", "say", "tell"} and not (k >= 2 and toks[k - 2].word in {",", ";"}):
        return ""  # 'opened talks with the league on Monday': the verb's act is dated, not the one it is done with
    words = [t.word for t in toks[k + 1 :]]
    rest = tokens(text, date[1], clause.end)
    if rest and rest[0].lower in {"at", "in", "on", "of", "near", "off", "against", "over"}:
        for t in rest:
            if not t.is_word and not re.match(r"\d", t.word) or t.lower in _HARD_STOP or t.lower in _PHRASE_START \
                    and t is not rest[0]:
                break
            if t.lower not in {"a", "an", "the"}:
                words.append(t.word)
    title = _fit(words, MAX_TITLE)
    return title if len(title.split()) >= 3 else ""


#: nouns whose 'that' clause states what they announce ('the announcement Thursday that the power was restored')
_ANNOUNCING = {"announcement", "news", "report", "reports", "word", "confirmation", "statement", "disclosure",
               "revelation", "declaration", "ruling", "decision", "finding", "admission", "acknowledgement"}


def _announced(text: str, clause: Clause, date: tuple[int, int]) -> str:
    """'before the news late Thursday evening that the pipeline … had been repaired': a date right after a
    noun of announcing dates the announcement, and its 'that' clause states what happened ('Pipeline delivering
    crude oil to refinery repaired')."""
    head = [t for t in tokens(text, clause.start, date[0]) if t.lower not in {"on", "late", "early", "earlier"}]
    rest = tokens(text, date[1], clause.end)
    if not head or head[-1].lower not in _ANNOUNCING or len(rest) < 3 or rest[0].lower != "that":
        return ""
    start, end = rest[1].start, rest[-1].end
    if rest[1].lower in _PRONOUN_SUBJECTS_ALL and rest[1].lower != "there":
        return ""  # 'in a statement on Monday that it was too early to …': who 'it' is, the saying's title tells
    inner = analyse(text, start, end, end, end)
    if inner.verb == (0, 0) or inner.subject == (0, 0):
        return ""
    if text[inner.subject[0] : inner.subject[1]].lower() in _PRONOUN_SUBJECTS_ALL:
        return ""  # 'in its ruling today that it will apply …': a passive headline would hide who 'it' is
    title = make_title(text, inner, end, end)
    if title.split()[0].lower() in _PRONOUN_SUBJECTS_ALL:
        return ""  # 'said in a statement on Friday that it would …': who 'it' is, the saying's title tells
    return "" if title == FALLBACK_TITLE or len(title.split()) < 3 else title


#: verbs of a finding or ruling whose 'that' clause states what was found
_FINDING = {"determine", "find", "conclude", "rule", "certify", "judge", "establish", "decide"}


#: a speaker glad to tell news in the first person: 'I'm pleased to announce today that …'
_GLAD_TO_SAY = re.compile(r"\b(?:i|we)(?:[’']m|[’']re|\s+am|\s+are)\s+(?:\w+ly\s+)?(?:pleased|delighted|happy|glad|"
                          r"proud|thrilled|excited|honou?red)\s+to\s+(?:announce|report|confirm|say|share|tell\s+you)"
                          r"\s+(?:[\w,]+\s+){0,3}?that\s+", re.I)


def _finding(text: str, clause: Clause, date: tuple[int, int]) -> str:
    """'On May 1, I determined that a drought emergency exists across the valley': a finding in the first person (the
    signer of a proclamation or ruling, whose name the text gives elsewhere), or news a speaker is glad to announce
    (*I'm pleased to announce today that the bridge has reopened*), is titled by what was found or announced ('Drought
    emergency exists across valley', 'Bridge reopens'); "" otherwise."""
    glad = _GLAD_TO_SAY.search(text, clause.start, clause.end)
    if not glad and (clause.verb_lemma not in _FINDING or clause.verb_form not in {"past", "present", "perfect"}):
        return ""
    subject = text[clause.subject[0] : clause.subject[1]].lower() if clause.subject != (0, 0) else ""
    m = glad or re.match(r"\s+(?:\w+ly\s+)?that\s+", text[clause.verb[1] : clause.end])
    if not glad and (subject.split()[-1:] not in (["i"], ["we"]) or not m):
        return ""
    start, end = m.end() if glad else clause.verb[1] + m.end(), clause.end
    at = date if start <= date[0] < end else (end, end)
    inner = analyse(text, start, end, *at)
    title = _verb_title(text, inner, at) if inner.verb != (0, 0) and inner.subject != (0, 0) else ""
    return title[:1].upper() + title[1:] if len(title.split()) >= 3 else ""


def _what_happened(text: str, clause: Clause, date: tuple[int, int]) -> str:
    """'You remember what began on May 1. The regulator ordered the plant shut …': what a free relative says began
    or happened at the date is told by the next sentence, which titles it (``Regulator orders plant shut``); ""
    otherwise."""
    what = re.search(r"\bwhat\s+(?:had\s+|has\s+)?([a-z]+)\s+(?:on\s+|in\s+|at\s+)?$", text[clause.start : date[0]])
    if not what or _lemmas(what.group(1)).get("VERB", ("",))[0] not in _HAPPENING | {"take"}:
        return ""
    end = re.search(r"[.!?][\"”’']?(?=\s)", text[date[1] :])
    if not end or "\n\n" in text[date[1] : date[1] + end.end()]:
        return ""
    start = date[1] + end.end()
    start += len(text[start:]) - len(text[start:].lstrip())
    stop = re.search(r"[.!?](?=\s|$)|\n", text[start:])
    if not stop or not text[start : start + 1].isupper():
        return ""
    inner = analyse(text, start, start + stop.start(), start, start)
    if inner.verb == (0, 0) or inner.verb_lemma == "be":
        return ""
    title = make_title(text, inner, start, start)
    return "" if title == FALLBACK_TITLE or len(title.split()) < 3 else title


def _learned_of(text: str, clause: Clause, date: tuple[int, int]) -> str:
    """'This morning we learned of the death of a patient in Ohio': what a speaker learned or heard of in the first
    person is the news, titled by its noun phrase (``Death of patient in Ohio``); what a named body learned of too,
    after that body when both fit (``Regulator learns of second recall of toasters``); "" otherwise."""
    if clause.verb_lemma not in {"learn", "hear"} or clause.verb == (0, 0):
        return ""
    before = [t.lower for t in tokens(text, clause.start, clause.verb[0]) if t.lower not in {"also", "just", "have",
                                                                                           "has", "had", "now"}]
    after = date[1] if date[0] >= clause.verb[1] and not text[clause.verb[1] : date[0]].strip() else clause.verb[1]
    m = re.match(r"\s+(?:\w+ly\s+)?(?:about\s+|of\s+)", text[after : clause.end])  # 'learned (today) of'
    if not before or not m or clause.verb_form not in {"past", "perfect", "present"}:
        return ""
    actor, how = ("", "") if before[-1] in {"we", "i"} else _actor(text, clause, clause.verb[0], date)
    if how or before[-1] not in {"we", "i"} and not actor:
        return ""
    words = [w for w in _tail(text, clause, after + m.end(), date) if w.lower() not in _POSSESSIVE]
    title = _fit(words, MAX_TITLE)
    if len(title.split()) < 2:
        return ""
    whole = f"{actor} learns of {title[:1].lower() + title[1:] if not words[0][:1].isupper() else title}"
    return whole if actor and len(whole) <= MAX_TITLE and whole.endswith(title[1:]) else title[:1].upper() + title[1:]


def _said_over_aside(text: str, clause: Clause, date: tuple[int, int]) -> str:
    """'Officials said Tuesday the driver, who died Monday, was 42': a reported state (the clause's verb is the
    reporting one) whose subject carries a relative clause set off by commas is said without that clause
    (``Officials say driver was 42``); "" otherwise."""
    if clause.verb_lemma not in _REPORT_LEMMAS or clause.verb == (0, 0):
        return ""  # (a reported action is the clause's verb, and titles it: 'said the ferry, which …, sank')
    after = [t for t in tokens(text, clause.verb[1], clause.end) if not _in_date(t, date)
             and t.lower not in {"on", "late", "early", "that"}]
    frame = (clause.verb[0], after[0].start, clause.verb_lemma) if after else None
    m = re.match(r"(?:that\s+)?((?:the|a|an|its|his|her|their)\s+[^,;:]{1,40}?),\s+(?:who|which)\s+[^,;:]{1,80}?,\s+",
                 text[frame[1] : clause.end]) if frame else None
    if not m or frame[1] + m.end(1) <= date[0] < frame[1] + m.end():
        return ""  # (the date is in the reported clause's relative clause: that clause is titled)
    actor, how = _actor(text, clause, frame[0], date)
    noun = [w for w in _tail(text, clause, frame[1] + m.start(1), date) if w.lower() not in _POSSESSIVE]
    rest = _tail(text, clause, frame[1] + m.end(), date, after_verb=True)
    if not actor or how or not noun or not rest or not _has_verb(rest[:1]):
        return ""
    title = _assemble(actor, _saying(frame[2]), [*noun, *rest])
    return title if _has_verb(_after(title, frame[2])) else ""


def _joined_in(text: str, clause: Clause, date: tuple[int, int]) -> str:
    """'Today, the mayors A, B and C are joined by D in sending a letter to the governor': those joined did what the
    '-ing' verb says (``A, B and C send letter to governor``, a long list by surnames); "" otherwise."""
    m = re.match(r"\s+by\s+[^;:]{3,120}?\s+in\s+([a-z]+ing)\b", text[clause.verb[1] : clause.end]) \
        if clause.verb_lemma == "join" and clause.verb_form == "passive" else None
    lemmas = _lemmas(m.group(1)).get("VERB", ()) if m else ()
    actor, how = _actor(text, clause, clause.verb[0], date) if lemmas else ("", "none")
    if not actor or how:
        return ""
    tail = _tail(text, clause, clause.verb[1] + m.end(), date, after_verb=True)
    items = [i for i in re.split(r",\s*|\s+and\s+", actor) if i]
    short = [actor]
    if len(items) >= 3 and all(i.split()[-1][:1].isupper() for i in items):
        surnames = [i.split()[-1] for i in items]
        short.append(", ".join(surnames[:-1]) + " and " + surnames[-1])
    verb = lemmas[0] if len(items) > 1 or _plural_actor(actor) else third_person(lemmas[0])
    for a in short:  # (the whole list, or its surnames: never one of the list alone)
        fits = [t for t in (_fit([*a.split(), verb, *w], MAX_TITLE) for w in (tail, _surnames(tail)))
                if t.startswith(a) and len(t.split()) > len(a.split()) + 1]
        if fits:
            return max(fits, key=lambda t: len(t.split()))
    return ""


#: a speaker's opening words about being where they speak ('I'm pleased to be here today at the …')
_HERE = re.compile(r"\b(?:i|we)(?:[’']m|[’']re|\s+am|\s+are)\s+(?:\w+ly\s+|very\s+|so\s+)?(?:pleased|delighted|happy|"
                   r"glad|proud|thrilled|honou?red|privileged|grateful)\s+to\s+be\s+(?:here|with\s+you)\b", re.I)
_AT_NAME = re.compile(r"\bat\s+(?:the\s+)?((?:[A-Z][\w’'&.-]*\s+(?:(?:of|for|on|and)\s+)?){0,6}[A-Z][\w’'&.-]*)")


def _speaking_here(text: str, clause: Clause, date: tuple[int, int]) -> str:
    """'We are delighted to be with you tonight at the Annual Congress of Surgeons': a speaker's words about being
    where they speak say that they spoke there (``Roe speaks at Annual Congress of Surgeons``, the speaker from the
    transcript's label; ``Remarks at …`` without one); "" when no named place follows."""
    m = _HERE.search(text, clause.start, clause.end)
    place = _AT_NAME.search(text, m.end(), clause.end) if m else None
    if place is None:
        return ""
    who = _speaker_label(text, clause.start) if m.group(0).lower().startswith("i") else ""
    name = place.group(1) if "." in place.group(1).split()[-1][:-1] else place.group(1).rstrip(".")  # (not 'D.C.')
    title = f"{who} speaks at {name}" if who else f"Remarks at {name}"
    return title if len(title) <= MAX_TITLE else ""


def _done_to_speaker(text: str, clause: Clause, date: tuple[int, int]) -> str:
    """'This morning I am joined by three doctors from the agency': a passive whose subject is the speaker (*we*, *I*,
    *you*) is titled by its participle and what follows (``Joined by three doctors from agency``); "" otherwise."""
    if clause.verb_form != "passive" or clause.verb == (0, 0):
        return ""
    before = [t.lower for t in tokens(text, clause.start, clause.verb[0])]
    written = text[clause.verb[0] : clause.verb[1]].split()
    if not before or before[-1] not in {"we", "i", "you"} and not re.fullmatch(r"(?:we|you|i)[’'](?:re|m)",
                                                                                written[0].lower()):
        return ""
    tail = _tail(text, clause, clause.verb[1], date, after_verb=True)
    tail = list(itertools.takewhile(lambda w: re.search(r"\w", w), tail))  # (up to a dash: '-- Dr. A and Dr. B')
    title = _fit([written[-1], *tail], MAX_TITLE)
    return title[:1].upper() + title[1:] if len(title.split()) >= 3 else ""


#: verbs of a situation's course, reported as an assessment: 'said the situation has stabilized'
_ASSESSED = {"stabilize", "stabilise", "improve", "worsen", "deteriorate", "ease", "calm", "subside", "peak",
             "plateau", "slow", "recover"}


def _assessed(text: str, clause: Clause, date: tuple[int, int]) -> str:
    """'The mayor said Tuesday the outbreak has stabilized': a reported change in a situation's course is an
    assessment, said by its speaker (``Mayor says outbreak has stabilized``); "" otherwise."""
    frame = _says_form(text, clause, date) if clause.verb_lemma in _ASSESSED and clause.verb_form in {
        "past", "perfect", "present"} else None
    if not frame or clause.verb[0] < frame[1]:
        return ""
    actor, how = _actor(text, clause, frame[0], date)
    said = [w for w in text[frame[1] : clause.verb[1]].split() if w.lower() not in {"that", "the", "a", "an"}]
    if not actor or how or not 2 <= len(said) <= 6:
        return ""
    tail = _tail(text, clause, clause.verb[1], date, after_verb=True)
    return _assemble(actor, _saying(frame[2]), [*said, *tail])


#: verbs of saying, predicting or judging: what they state is no act done on the day of an event noun near them
_SPEECH_LEMMAS = _REPORT_LEMMAS | _ATTENTION | {"forecast", "predict", "vow", "promise", "pledge", "praise", "urge",
                                                "express", "describe", "accuse", "blame", "defend", "deny", "thank",
                                                "recall", "discuss", "mock", "question", "ask", "speculate", "muse"}
#: event nouns of a phrase set off by commas ('X, in a visit Thursday to Y, said …'): the verb that states each,
#: and whether the verb takes the place without the noun's preposition ('visits Y', 'travels to Y')
_ASIDE_NOUNS = {"visit": ("visit", True), "tour": ("tour", True), "trip": ("travel", False),
                "journey": ("travel", False), "speech": ("speak", False), "address": ("speak", False),
                "appearance": ("appear", False), "stop": ("stop", False)}


def _aside_event(text: str, clause: Clause, date: tuple[int, int]) -> str:
    """'But the governor, in a visit Tuesday to Millbrook, Westshire, predicted …': a date right after the event
    noun of a phrase set off by commas between the subject and its verb dates that noun, done by the subject
    ('Governor visits Millbrook, Westshire') when the clause's verb is one of saying or predicting; "" otherwise."""
    if clause.verb == (0, 0) or clause.verb[0] <= date[1]:
        return ""
    m = re.search(r",\s*(?:in|on|during)\s+(?:a|an|the|his|her|its|their)\s+(?:\w+\s+)?(\w+)\s*$",
                  text[clause.start : date[0]])
    noun = m.group(1).lower() if m else ""
    if noun not in _ASIDE_NOUNS or clause.verb_lemma not in _SPEECH_LEMMAS:
        return ""  # 'the senator, in a visit Thursday to Dover, attacked the plan': the clause's own verb is an act
    actor, how = _actor(text, clause, clause.verb[0], date)
    name = r"[A-Z][\w.’'-]*(?:\s+(?:(?:of|and|for)\s+)?[A-Z][\w.’'-]*)*"
    rest = re.match(r"\s*(to|at|in|of)\s+((?:the\s+)?%s(?:,\s+%s(?=,))?)" % (name, name),
                    text[date[1] : clause.verb[0]])
    if not actor or how or not rest:
        return ""
    verb, direct = _ASIDE_NOUNS[noun]
    place = re.sub(r"^the\s+", "", rest.group(2))
    words = [third_person(verb) if not _plural_actor(actor) else verb, *([] if direct else [rest.group(1)]), place]
    title = _assemble(actor, words, [])
    return title if len(title.split()) >= 3 else ""


def _ing_at_date(text: str, clause: Clause, date: tuple[int, int]) -> str:
    """'Volunteers were among 50 doctors working in the field hospital Monday in Bree, which was flattened …':
    when the clause's verb is only a relative clause's after the date (or *be*), an '-ing' phrase after a noun
    that holds the date states the event ('50 doctors work in field hospital in Bree'); "" otherwise."""
    if clause.verb != (0, 0) and clause.verb_lemma != "be" and not (
            clause.verb[0] > date[1] and re.search(r",\s*(?:which|who|that)\b", text[date[1] : clause.verb[0]])):
        return ""
    toks = tokens(text, clause.start, date[0])
    g = len(toks) - 1
    while g > 0 and toks[g].word not in {",", ";", ":"} and not (toks[g].lower.endswith("ing") and not toks[g].is_cap):
        g -= 1
    lemmas = _lemmas(toks[g].lower).get("VERB", ()) if g > 0 else ()
    if not lemmas or lemmas[0] in _NO_ACTION or _verbish(toks[g - 1]) or toks[g - 1].is_cap or \
            "NOUN" not in _lemmas(toks[g - 1].lower) or toks[g - 1].lower in _FUNCTION_END:
        return ""
    if g >= 2 and "ADJ" in _lemmas(toks[g - 1].lower) and toks[g - 2].lower in {"the", "a", "an", "and", "or", "its",
                                                                                "their", "his", "her", "this", "first",
                                                                                "second", "third", "last", "next"}:
        return ""  # 'the second and final reopening of the road': the '-ing' word is the noun those words modify
    i, _ = _np_start(toks, g, antecedent=True, date=date)
    actor = _clean(toks[i:g], text) if i < g else ""
    if not actor:
        return ""
    tail = _tail(text, dataclasses.replace(clause, verb=(toks[g].start, toks[g].end)), toks[g].end, date,
                 after_verb=True)
    lemma = lemmas[0]
    title = _assemble(actor, [lemma if _plural_actor(actor) else third_person(lemma)], tail)
    return title if len(title.split()) >= 3 else ""


#: a reported content that opens with a purpose or a frame ('said that, so as to win the league, …')
_PURPOSE_FIRST = re.compile(r"\s+(?:that\s+)?(?:in\s+order\s+to|so\s+as\s+to|in\s+light\s+of|in\s+view\s+of)\b",
                            re.I)


def _main_after_aside(text: str, start: int, end: int) -> str:
    """The title of the main clause from ``start`` (after a fronted phrase that holds the date), titled from its
    start; "" when it has no verb or gives no title of three words."""
    inner = analyse(text, start, end, start, start)
    if inner.verb == (0, 0) or inner.start < start:
        return ""
    title = make_title(text, inner, start, start)
    return title if title != FALLBACK_TITLE and len(title.split()) >= 3 else ""


#: verbs of calling on others, which say what a speaker said ('Speaking on Monday, she called for a recount')
_CALLING = {"call", "demand", "insist", "appeal", "criticize", "criticise", "condemn", "challenge"}


def _fronted_ing(text: str, clause: Clause, date: tuple[int, int]) -> str:
    """'Speaking Monday at a trade fair in Lyon, the minister said …': a participle phrase opening the clause that
    holds the date states what its subject did then (``Minister visits flooded town``); for a verb of speaking only
    when what the main clause says opens with a purpose (*Speaking Monday at a fair, she said that in order to …*:
    ``Minister speaks at fair``); "" otherwise."""
    m = re.match(r"\W*([A-Z][a-z]+ing)\s+([^,;:]{3,120}),\s+", text[clause.start : clause.end])
    lemmas = _lemmas(m.group(1).lower()).get("VERB", ()) if m else ()
    if not lemmas or lemmas[0] in {"be", "have", "follow", "accord"} or not \
            clause.start + m.start(2) <= date[0] < clause.start + m.end(2):
        return ""
    after = tokens(text, clause.start + m.end(), clause.end)
    verb = next((t for n, t in enumerate(after) if _verbish(t) and n > 0), None)
    if verb is None or any(t.word in {",", ";", ":"} or t.lower in _HARD_STOP for t in after if t.start < verb.start):
        return ""
    actor, how = _actor(text, clause, verb.start, date)
    if not actor or how:
        return ""
    head = clause.start + m.end(1)
    tail = _tail(text, dataclasses.replace(clause, verb=(head - len(m.group(1)), head)), head, date, after_verb=True)
    if lemmas[0] in {"speak", "talk", "write", "comment", "testify", "address"} \
            and _lemmas(verb.lower).get("VERB", ("",))[0] in _SPEECH_LEMMAS | _CALLING \
            and not _PURPOSE_FIRST.match(text, verb.end, clause.end):
        return _main_after_aside(text, clause.start + m.end(), clause.end)  # 'Speaking Monday at a fair, she said
        # prices would rise': what she said is the news (unless it opens with a purpose, 'said that, so as to win
        # …, we must …': then where she spoke)
    verb_words = [lemmas[0] if _plural_actor(actor) else third_person(lemmas[0])]
    title = _assemble(actor, verb_words, tail) or _assemble(actor, verb_words, _kind_of_name(tail))
    return title if len(title.split()) >= 3 else ""


_FACT_THAT = re.compile(r"\b(?:fact|news|reports?|word|confirmation|knowledge|disclosure|revelation)\s+that\s+", re.I)


def _fact_that(text: str, clause: Clause, date: tuple[int, int]) -> str:
    """'The ruling is welcome in view of the fact that last week the court raised its fines': a date in a
    'that' clause after a noun of fact or news dates that clause, which states the event (``Court raises its
    fines``), read to its sentence's end; "" otherwise."""
    m = None
    for m in _FACT_THAT.finditer(text, clause.start, date[0]):
        pass
    if m is None or re.search(r"[;:]|\b(?:which|who|because|but)\b", text[m.end() : date[0]]):
        return ""
    stop = re.search(r"[.!?](?=\s|$)|\n", text[date[1] :])
    end = date[1] + (stop.start() if stop else len(text) - date[1])
    inner = analyse(text, m.end(), end, *date)
    if inner.verb == (0, 0) or inner.verb_lemma == "be" or inner.start < m.end():
        return ""
    title = make_title(text, inner, *date)
    return "" if title == FALLBACK_TITLE or len(title.split()) < 3 else title


def _gerund_subject(text: str, clause: Clause, date: tuple[int, int]) -> str:
    """'Closing the plant on Monday was the right decision': a gerund phrase that holds the date and is the
    subject of the clause's verb states the event, as its object and participle (``Plant closed``); "" otherwise."""
    m = re.match(r"\W*([A-Z][a-z]+ing)\s+", text[clause.start : clause.end])
    lemmas = _lemmas(m.group(1).lower()).get("VERB", ()) if m else ()
    start = clause.start + m.end() if m else 0
    if not lemmas or lemmas[0] in _NO_ACTION or clause.verb == (0, 0) or not start <= date[0] < clause.verb[0] \
            or re.search(r"[,;:]", text[start : clause.verb[0]]):
        return ""
    words = [t for t in tokens(text, start, clause.verb[0]) if not _in_date(t, date)
             and t.lower not in {"a", "an", "the"} | _POSSESSIVE]
    while words and (words[-1].lower in _FUNCTION_END
                     or not words[-1].is_word and words[-1].word not in {"’s", "'s"}):
        words.pop()
    done = verb_forms(lemmas[0]).get("VBN", ())
    if not words or not done or len(words) > 8 or any(_verbish(t) for t in words):
        return ""
    return _fit([*_render(text, words).split(), done[0]], MAX_TITLE)


def _kind_of_name(words: list[str]) -> list[str]:
    """Words with each long name of an occasion or body (three capitalised words or more) replaced by its kind, the
    common noun that ends it (``at National Newspaper Editors Trade Conference`` → ``at conference``)."""
    out: list[str] = []
    n = 0
    while n < len(words):
        k = n
        while k < len(words) and words[k][:1].isupper():
            k += 1
        last = words[k - 1].lower() if k > n else ""
        if k - n >= 3 and "NOUN" in _lemmas(last) and last not in _GENERIC_ORG:
            out.append(last)
            n = k
        else:
            out.extend(words[n : max(k, n + 1)])
            n = max(k, n + 1)
    return out


def _deadline(text: str, clause: Clause, date: tuple[int, int]) -> str:
    """'Shareholders have until May 3 to tender their shares': having until the date to act is a deadline ('Deadline
    for shareholders to tender shares'), its actor shortened or its tail cut to fit; "" otherwise."""
    until = re.compile(r"\b(?:has|have|had)\s+(?:now\s+|only\s+)?until\s+(?:the\s+)?$", re.I).search(
        text, clause.start, date[0])
    to = re.compile(r"\s*(?:,\s*)?to\s+([a-z]+)\b").match(text, date[1])
    if not until or not to or "VERB" not in _lemmas(to.group(1)):
        return ""
    actor, how = _actor(text, clause, until.start(), date)
    if not actor or how != "":
        return ""
    first = actor.split()[0]
    plural = first.lower().endswith("s") and "NOUN" in _lemmas(first.lower()[:-1])
    nouns = _lemmas(first.lower()).get("NOUN", ())
    if first[1:].islower() and (plural or nouns and (nouns[0] != first.lower() or actor.split()[1:2] != [] and
                                                    actor.split()[1][:1].islower())):
        actor = first.lower() + actor[len(first):]  # a common noun opening the sentence: 'Survivors of …'
    verb = dataclasses.replace(clause, verb=(to.start(1), to.end(1)))
    tail = _tail(text, verb, to.end(1), date, after_verb=True)
    shorter = [actor, re.split(r"\s+(?:of|in|at|from|across|around|near)\s+", actor)[0]]
    for a in dict.fromkeys(shorter):
        title = _fit(["Deadline", "for", *a.split(), "to", to.group(1), *tail], MAX_TITLE)
        if len(title.split()) >= len(a.split()) + 4:
            return title
    return ""


def _there_doing(text: str, clause: Clause, date: tuple[int, int]) -> str:
    """'The minister was in Kyiv on Tuesday meeting with leaders': being somewhere on the date doing something is
    doing it there ('Minister meets with leaders in Kyiv'; the place left out when the title would be too long);
    "" otherwise."""
    place = r"(?:in|at)\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4}"
    m = re.compile(r"\b(?:is|are|was|were)\s+(%s)?\s*$" % place).search(text, clause.start, date[0])
    after = re.compile(r"\s*(%s)?\s*(?:,\s*)?([a-z]+ing)\b" % ("" if m and m.group(1) else place)).match(text, date[1])
    if not m or not after or not (m.group(1) or after.group(1)):
        return ""
    lemmas = _lemmas(after.group(2)).get("VERB", ())
    if not lemmas or lemmas[0] in _NO_ACTION:
        return ""
    actor, how = _actor(text, clause, m.start(), date)
    if not actor or how != "":
        return ""
    where = (m.group(1) or after.group(1)).split()
    verb = dataclasses.replace(clause, verb=(after.start(2), after.end(2)))
    tail = _tail(text, verb, after.end(2), date)
    words = [lemmas[0] if _plural_actor(actor) else third_person(lemmas[0])]
    where = [where[0], *(w for w in where[1:] if w != "the")]
    there = _assemble(actor, words, [*tail, *where])
    return there if there.endswith(" ".join(where)) else _assemble(actor, words, tail)


_DAY_NAMES = re.compile(rf"(?:{WEEKDAY_RE})\b", re.I)


def _named_day(text: str, clause: Clause, date: tuple[int, int]) -> str:
    """'preparing for Black Friday, November 27, the busiest shopping day of the year': a name whose last word
    is the date's weekday names the day's event, and an apposition after the date says what it is ('Super
    Tuesday, single most important primary day'); "" otherwise."""
    day = _DAY_NAMES.match(text, date[0])
    before = re.search(r"(?<![.!?]\s)\b([A-Z][a-z]+)\s+$", text[max(clause.start, date[0] - 30) : date[0]])
    if not day or not before or before.group(1).lower() in _STOPWORDS_CAP or _lemmas(before.group(1).lower()) \
            and "ADJ" not in _lemmas(before.group(1).lower()):
        return ""
    name = f"{before.group(1)} {day.group(0)}"
    rest = re.match(r"\s*,\s*(?:the|a|an)\s", text[date[1] : clause.end])
    if not rest:
        return ""
    what = _tail(text, clause, date[1] + rest.end(), date)
    title = _fit([f"{name},", *what], MAX_TITLE)
    return title if len(title.split()) >= 3 else ""


def _participle_at_date(text: str, clause: Clause, date: tuple[int, int]) -> str:
    """'… eligible under the emergency relief order made Oct. 30, 2012': a date right after a
    participle that follows a noun, past the clause's verb, dates that noun's making ('Emergency relief
    order made'); so does one after the participle's agent ('a bill passed by the council on Friday': 'Bill passed
    by council', :func:`_agent_before_date`). The noun phrase is the participle's own when a finite verb of the
    clause comes before it or a preposition or an '-ing' verb governs it ('roadblocks in a zone declared May 3'):
    a noun after those is no subject; "" otherwise."""
    toks = tokens(text, clause.start, date[0])
    while toks and toks[-1].lower in {"on", "in", "at"}:
        toks.pop()
    agent = _agent_before_date(toks) if date[1] > date[0] else 0  # (a date written, not a point of the text)
    toks, by = (toks[:agent], toks[agent:]) if agent else (toks, [])
    named = len(toks) >= 3 and toks[-2].is_cap and _capitalised_object(toks) \
        and not re.match(r"\s*(?:the|a|an|its|their|his|her|that)\b", text[date[1] :], re.I)  # (not a verb's object
    # after the date: 'praised the Harbor Board approved Monday a plan …' reads the verb as finite)
    if len(toks) < 3 or toks[-1].is_cap or toks[-2].is_cap and not named:
        return ""
    part, noun = toks[-1], toks[-2]
    verbs = _lemmas(part.lower).get("VERB", ())
    if not any(part.lower in verb_forms(v).get("VBN", ()) for v in verbs) or part.lower in verbs \
            or "NOUN" not in _lemmas(noun.lower) or noun.lower in _FUNCTION_END or _verbish(noun):
        return ""
    i, _ = _np_start(toks, len(toks) - 1, antecedent=True, date=date)
    def finite(t: Token) -> bool:
        return _verbish(t) or not t.is_cap and bool(past_lemmas(t.lower))

    if i < len(toks) - 2 and _ing_verb(toks[i].lower):
        i += 1  # 'signing the bill passed by …': the verb governs the noun phrase, no part of it
    if i < 1 or not (named or any(finite(t) for t in toks[:i]) or part.lower not in {"said", "told"} and (
            _governed_np(toks, i) or _finite_after(text, date[1], clause.end))):
        return ""  # no verb of the clause before the noun: the participle may be the clause's own verb
    thing = _clean(toks[i : len(toks) - 1], text)
    title = f"{thing} {part.word}"
    after = by or _phrase_after_date(text, date[1], clause.end)  # 'a ceremony held Friday at the agency, …'
    if after:
        longer = fit_title([*title.split(), *(t.word for t in after if t.lower not in {"a", "an", "the"})])
        title = longer if longer.startswith(title + " ") else title
    return title if thing and len(title.split()) >= 2 and len(title) <= MAX_TITLE else ""


#: verbs of knowing and perceiving, whose noun phrase may be the subject of a clause without 'that' ('heard the
#: Harbor Board voted …')
_KNOWING = {"think", "thinks", "thought", "believe", "believed", "know", "knew", "knows", "hear", "heard", "learn",
            "learned", "learns", "see", "saw", "sees", "hope", "hoped", "expect", "expected", "fear", "feared"}


def _capitalised_object(toks: list[Token]) -> bool:
    """Whether the capitalised words before the last token (a participle) are a named thing a finite verb takes as
    its object, after a determiner ('this replaces the Travel Notice issued …', 'it revises the Safety Rule
    adopted …'): a noun phrase after a verb and its determiner is no subject."""
    n = len(toks) - 1
    while n > 0 and toks[n - 1].is_cap and toks[n - 1].is_word:
        n -= 1
    return 2 <= n < len(toks) - 1 and n >= len(toks) - 4 and toks[n - 1].lower in {"the", "a", "an", "this", "that"} \
        and toks[n - 2].lower not in _REPORT_WORDS | _THAT_VERBS | _KNOWING \
        and (_verbish(toks[n - 2]) or toks[n - 2].is_word and not toks[n - 2].is_cap and not _lemmas(toks[n - 2].lower)
             and toks[n - 2].lower.endswith(("es", "ed"))) and "NOUN" in _lemmas(toks[-2].lower)  # (a verb the
    # lexicon lacks: 'supersedes')


#: prepositions that govern a noun phrase, which is then no subject of a verb after it
_GOVERNING = {"in", "at", "on", "for", "to", "from", "with", "under", "into", "inside", "within", "near",
              "across", "against", "over", "about", "during", "through"}


def _governed_np(toks: list[Token], i: int) -> bool:
    """Whether the noun phrase starting at token ``i`` (after its determiner, if any) is governed by the word before
    it, inside the phrase of a verb before it: an '-ing' verb ('signing the bill …') or a preposition of
    :data:`_GOVERNING` after such a verb ('crossing roadblocks in the zone …'; not a fronted 'In a letter to fans
    dated …', where the participle may be the letter's)."""
    if i >= 1 and toks[i - 1].lower in _DETERMINERS:
        i -= 1
    if i < 1:
        return False
    w = toks[i - 1].lower
    return _ing_verb(w) or w in _GOVERNING and any(
        _verbish(t) or t.lower.endswith("ing") and "VERB" in _lemmas(t.lower) for t in toks[: i - 1])


def _ing_verb(word: str) -> bool:
    """Whether a lower-case word is a verb's '-ing' form that is no noun or adjective ('signing', not 'meeting')."""
    return word.endswith("ing") and "VERB" in _lemmas(word) and not {"NOUN", "ADJ"} & set(_lemmas(word))


def _phrase_after_date(text: str, at: int, end: int) -> list[Token]:
    """The prepositional phrase right after a date that ends a participle's phrase ('held Friday | at the agency |,
    …'; 'opened Monday | in the senator's office | was found …'): a preposition of :data:`_PARTICIPLE_PREPS` (not
    'by' nor 'of', which name an agent or the noun's own complement), then words up to a comma, conjunction,
    relative word, finite verb or second preposition; [] when none."""
    toks = tokens(text, at, end)
    if not toks or toks[0].lower not in _PARTICIPLE_PREPS - {"by"}:
        return []
    n = 1
    while n < len(toks) and n < 9 and (toks[n].is_word or toks[n].word in {"’s", "'s", "-", "&"}) \
            and toks[n].lower not in _NOT_IN_RELATIVE | _PHRASE_START and not _verbish(toks[n]):
        n += 1
    return toks[:n] if n > 1 else []


#: modal verbs, which open a finite verb group
_MODALS = {"can", "could", "may", "might", "must", "shall", "should", "will", "would"}


def _finite_after(text: str, at: int, end: int) -> bool:
    """Whether a finite verb follows the date ending at ``at`` in its clause, after prepositional phrases only (the
    first right after the date) or right after it ('the debris strewn Sunday could be …'), with no comma, conjunction, relative word or '-ing' verb between ('the recording released Tuesday of the call | reveals …'): the
    verb whose subject holds the participle before the date."""
    toks = tokens(text, at, end)
    if not toks or toks[0].lower not in _GOVERNING | {"of"} | _AUX | _MODALS:
        return False
    for n, t in enumerate(toks[:25]):
        joined = t.lower in {"and", "or"} and n + 1 < len(toks) and toks[n + 1].is_cap  # 'between Acme and Roe'
        if not t.is_word or t.lower in _NOT_IN_RELATIVE and not joined or _ing_verb(t.lower):
            return False
        if _verbish(t) and n and toks[n - 1].lower not in _PHRASE_START | _DETERMINERS | {"of"}:
            return True
    return False


def _agent_before_date(toks: list[Token]) -> int:
    """The index of the preposition that opens a participle's phrase right before a date ('passed | by the council
    | on Friday', 'strewn | across the county | on Monday'): one to six words after a past participle (a form that
    is only a participle unless the phrase is its agent's 'by': 'led to a breach' is a past), the first a
    determiner, a number or a name, no comma, verb or second phrase among them; 0 when none."""
    for n in range(len(toks) - 2, max(0, len(toks) - 8), -1):
        if toks[n].lower not in _PARTICIPLE_PREPS:
            continue
        phrase, part = toks[n + 1 :], toks[n - 1].lower
        if n < 2 or not _past_participle(part) or toks[n - 1].is_cap or not (
                phrase[0].is_cap or phrase[0].lower in _DETERMINERS | {"both", "all"} or phrase[0].word[:1].isdigit()) \
                or all(t.lower in _DETERMINERS for t in phrase) or toks[n].lower != "by" and not _participle_only(part) \
                or any(not t.is_word and t.word not in {"’s", "'s", ".", "-", "&"} or _verbish(t)
                       or t.lower in _PHRASE_START - {"of"} for t in phrase):
            return 0
        return n
    return 0


def _participle_only(word: str) -> bool:
    """Whether a lower-case word is a past participle and no past tense of its verbs ('strewn', 'given'; not 'led')."""
    verbs = _lemmas(word).get("VERB", ())
    return any(word in verb_forms(v).get("VBN", ()) for v in verbs) \
        and not any(word in verb_forms(v).get("VBD", ()) for v in verbs)


#: prepositions of the phrase a participle takes before a date (:func:`_agent_before_date`)
_PARTICIPLE_PREPS = {"by", "to", "in", "at", "into", "from", "for", "across", "near"}


def _during_aside(text: str, clause: Clause, date: tuple[int, int]) -> str:
    """'The coach, preparing to board a bus Wednesday, explained the causes of the slump': a date in an
    '-ing' aside set off by commas between the subject and its verb dates what the subject did meanwhile, the
    verb after the aside ('Coach explains causes of slump'); "" otherwise."""
    if not re.search(r",\s*[a-z]+ing\b[^,;:]*$", text[clause.start : date[0]]):
        return ""
    close = text.find(",", date[1], clause.end)
    after = re.match(r"\s*(?:[a-z]+ly\s+)?([a-z]+)\b", text[close + 1 : clause.end]) if close > 0 else None
    word = after.group(1) if after else ""
    lemmas = _lemmas(word).get("VERB", ())
    past = bool(past_lemmas(word))
    if not lemmas or re.search(r"[;:]", text[date[1] : close]) or not (past or word != lemmas[0] and word.endswith("s")):
        return ""  # no finite verb right after the aside
    at = close + 1 + after.start(1)
    stop = re.search(r"[.;!?](?=\s|$)", text[at:])
    main = dataclasses.replace(clause, verb=(at, at + len(word)), verb_lemma=lemmas[0],
                               verb_form="past" if past else "present",
                               end=max(clause.end, at + stop.start()) if stop else clause.end)
    return _verb_title(text, main, date)


def _relative_after_date(text: str, clause: Clause, date: tuple[int, int]) -> str:
    """'… were among the papers Thursday that called the race for the senator': when the clause's
    verb is *be*, a relative clause right after the date, with a past verb, states the event of the noun before
    the date ('Papers call race for senator'); "" otherwise."""
    m = re.match(r"\s*,?\s*(?:that|who|which)\s+([a-z]+)\b", text[date[1] : clause.end])
    if not m or clause.verb_lemma not in {"be", ""}:
        return ""
    word = m.group(1)
    lemmas = _lemmas(word).get("VERB", ())
    if not past_lemmas(word):
        return ""
    toks = tokens(text, clause.start, date[0])
    while toks and toks[-1].lower in {"on", "in", "at", "late", "early"}:
        toks.pop()
    i, _ = _np_start(toks, len(toks), antecedent=True, date=date)
    actor = _clean(toks[i:], text) if 0 < i < len(toks) else ""
    if not actor or actor[:1].isupper() and len(toks) - i == 1:
        return ""
    tail = _coordinated_present(_tail(text, clause, date[1] + m.end(1), date, after_verb=True), _plural_actor(actor))
    lemma = lemmas[0]
    title = _assemble(actor, [lemma if _plural_actor(actor) else third_person(lemma)], tail)
    return title[:1].upper() + title[1:] if len(title.split()) >= 3 else ""


_RELATIVE_BEFORE_DATE = re.compile(r"\s(?:that|which)\s+(?P<verb>[a-z]+)(?:\s+(?P<part>out|up|down|off|back|in|over|"
                                   r"through))?\s+(?:(?:on|in|at|during|late|early|earlier)\s+)?$")


def _relative_before_date(text: str, clause: Clause, date: tuple[int, int]) -> str:
    """'The mayor praised the crews that arrived on Friday': a date right after the past verb of a relative clause
    written after the main verb dates that clause, whose actor is the noun it refers to ('Crews arrive'); ""
    otherwise (a verb that is no past form, a relative clause before the main verb: :func:`_relative`)."""
    m = _RELATIVE_BEFORE_DATE.search(text, clause.start, date[0])
    if not m or clause.verb != (0, 0) and clause.verb[0] > m.start():
        return ""
    word = m.group("verb")
    lemmas = _lemmas(word).get("VERB", ())
    if not past_lemmas(word) or lemmas[0] in {"be", "have"}:
        return ""
    toks = tokens(text, clause.start, m.start() + 1)
    i, _ = _np_start(toks, len(toks), antecedent=True, date=date)
    rel = tokens(text, m.start(), m.end())
    if _placed_antecedent([*toks, *rel], i, len(toks), False):  # 'a rise in cases in Lyon that began': the rise
        j, _ = _np_start(toks, i - 1, date=date)
        i = j if j < i - 1 else i
    actor = _clean(toks[i:], text) if 0 < i < len(toks) else ""
    if not actor or actor.lower() in _PRONOUN_SUBJECTS_ALL:
        return ""
    head = re.split(r"\s+(?:of|in|at|near|from|on|for)\s+", actor)[0]  # 'Rise in cases begins': the head agrees
    verb = [lemmas[0] if _plural_actor(head) else third_person(lemmas[0])] + ([m.group("part")] if m.group("part") else [])
    title = " ".join([actor, *verb])
    return title[:1].upper() + title[1:] if len(title) <= MAX_TITLE else ""


def _copula_date(text: str, clause: Clause, date: tuple[int, int]) -> str:
    """'The deadline to file claims with the court and send back ballot forms is Monday, April 1': a subject that
    the clause says *is* the date names the event ('Deadline to file claims with court'); "" otherwise."""
    m = re.search(r"\s(?:is|are|was|were|will be)\s+(?:(?:on|set for|scheduled for|due)\s+)?$",
                  text[clause.start : date[0]])
    if not m or re.match(r"\s*[\w’']", text[date[1] : clause.end]):
        return ""  # the date ends the clause ('… is Monday, April 1.'), not 'is Monday's vote'
    words = [t for t in tokens(text, clause.start, clause.start + m.start())
             if t.is_word or t.word in {"-", "’s", "'s"}]
    while words and words[0].lower in {"a", "an", "the", "this", "that"}:
        words.pop(0)
    if len(words) < 2 or words[0].is_cap or "NOUN" not in _lemmas(words[0].lower) or any(
            t.lower in _AUX | {"be", "been", "did", "does", "do", "said", "says"} for t in words):
        return ""
    title = _fit([t.word for t in words if t.lower not in {"a", "an", "the"}], MAX_TITLE)
    return title[:1].upper() + title[1:] if len(title.split()) >= 2 else ""


def _since_phrase(text: str, clause: Clause, date: tuple[int, int]) -> str:
    """'the worst losses since the end of the war in 1945': a date after 'in' that closes the noun phrase of a time
    preposition (since, after, before, until) dates that noun phrase, not the clause's verb ('End of the war');
    "" otherwise."""
    m = re.search(r"\b(?:since|after|before|until|till|following)\s+(?:the\s+|a\s+|an\s+)?([^,;:]{3,60}?)\s+in\s*$",
                  text[clause.start : date[0]], re.I)
    if not m or any(_verbish(t) or t.lower in _HARD_STOP | {"that", "and", "or"}
                    for t in tokens(m.group(1))):
        return ""
    start = clause.start + m.start(1)
    title = _render(text, [t for t in tokens(text, start, start + len(m.group(1)))
                           if t.lower not in {"a", "an", "the"}])
    title = title[:1].upper() + title[1:]
    return title if len(title) <= MAX_TITLE and len(title.split()) >= 2 and not _is_lone_name(title, clause) else ""


_SINCE_RELATIVE = re.compile(r"\b(?:since|after|before|until|till|following)\s+(?:the\s+|a\s+|an\s+)?"
                             r"(?P<np>[A-Za-z][\w’'-]*(?:\s+[A-Za-z][\w’'-]*){0,4}?)\s+(?:that|which)\s+"
                             r"(?P<verb>[a-z]+)\s+(?:(?:in|on|at|during)\s+)?$")


def _since_relative(text: str, clause: Clause, date: tuple[int, int]) -> str:
    """'the longest slump since the recession which started in 1974': a date closing a relative clause whose noun a time
    preposition governs dates that noun's clause, not the main verb ('Recession starts'); "" otherwise."""
    m = _SINCE_RELATIVE.search(text, clause.start, date[0])
    if not m or any(_verbish(t) or t.lower in _HARD_STOP | _PHRASE_START for t in tokens(m.group("np"))):
        return ""
    lemma = _lemmas(m.group("verb")).get("VERB", ("",))[0]
    if not lemma or m.group("verb") not in verb_forms(lemma).get("VBD", ()) or lemma in {"be", "have"}:
        return ""
    noun = _render(text, [t for t in tokens(text, m.start("np"), m.end("np")) if t.lower not in {"a", "an", "the"}])
    title = f"{noun} {lemma if _plural_actor(noun) else third_person(lemma)}"
    return title[:1].upper() + title[1:] if len(title) <= MAX_TITLE and not _is_lone_name(noun, clause) else ""


def _participle_title(text: str, clause: Clause, date: tuple[int, int]) -> str:
    """A date inside a participle phrase set off by a comma dates that phrase, not the sentence: 'the fund,
    established by Hale in 2018, said …' → 'Hale establishes fund' (or 'Fund established'); "" otherwise."""
    toks = tokens(text, clause.start, clause.end)
    idx = [i for i, t in enumerate(toks) if _in_date(t, date)]
    if not idx:
        return ""
    j = idx[0]
    while j > 0 and toks[j - 1].word not in {",", ";", ":", "(", "—", "–"}:
        j -= 1
    head = toks[j] if j < len(toks) else None
    if j < 2 or toks[j - 1].word != "," or head is None or head.is_cap or not _opens_participle(toks, j, idx[0]):
        return ""
    if head.start == clause.verb[0] and _after_apposition(toks, j - 1):
        return ""  # 'Rep. Roe (NY-1), a member of the panel, released a statement Tuesday': the clause's own verb
    if _saying_after_aside(toks, j, idx[-1]):
        return ""  # 'Officials in the port, including the mayor, said Monday that …': the sentence's saying
    close = next((n for n in range(idx[-1] + 1, len(toks)) if toks[n].word == ","), None)
    after = toks[close + 1] if close is not None and close + 1 < len(toks) else None
    verb_next = after is not None and after.is_word and not after.is_cap and "VERB" in _lemmas(after.lower)
    if close is None or not (clause.verb[0] >= toks[close].end or verb_next or any(
            _verbish(t) or _reports(toks, n) for n, t in enumerate(toks) if n > close)):
        return ""  # not set off by commas before the main verb ('Hale, who …, reversed course on April 3')
    if _trailing_attribution(text, toks[close].start):
        return ""  # 'Roe, 46, arrived in Leeds on Friday, police said': only who said it follows, no main verb
    i, _ = _np_start(toks, j - 1, antecedent=True)
    thing = _clean(toks[i : j - 1], text)
    if not thing or thing.lower() in _PRONOUN_SUBJECTS_ALL:
        return ""
    seg = toks[j + 1 : idx[0]]
    by = [n for n, t in enumerate(seg) if t.lower == "by"]
    if by:
        agent_toks = []
        for t in seg[by[0] + 1 :]:
            if not t.is_word or t.lower in _PHRASE_START:
                break
            agent_toks.append(t)
        agent = _clean(agent_toks, text)
        lemma = _lemmas(head.lower)["VERB"][0]
        plural = bool(agent) and _plural_actor(agent)
        active = f"{agent} {lemma if plural else third_person(lemma)} {thing}"
        if agent and len(active) <= MAX_TITLE:
            return active
    title = f"{thing} {head.word}"
    return title if len(title) <= MAX_TITLE and len(title.split()) >= 2 else ""


def _saying_after_aside(toks: list[Token], head: int, last: int) -> bool:
    """Whether the past form of a verb of saying after a comma (token ``head``; the date ends at token ``last``) is
    the sentence's own verb after an aside on its subject ('Officials in the port, including the mayor, said Monday
    that …'), not a participle phrase: a passive participle of saying takes no 'that' clause after its date (a
    participle of *tell* does: 'the staff, told Monday that …'), and 'said' is one only before 'to' ('the fund, said
    in May to be worth …')."""
    word = toks[head].lower
    after = toks[last + 1].lower if last + 1 < len(toks) else ""
    if word not in _REPORT_WORDS or word in {"told", "tells", "warned", "warns"} or word.endswith(("s", "ing")):
        return False
    return after == "that" or word == "said" and after not in {"to", ",", ""}


def _trailing_attribution(text: str, comma: int) -> bool:
    """Whether the comma at ``comma`` opens only an attribution that ends the sentence (', the ministry said in
    its release.', ', police said.'), so that no main verb follows it."""
    stop = _SENTENCE_STOP.search(text, comma)
    return _SAID_AFTER.fullmatch(text, comma, stop.start() if stop else len(text)) is not None


def _after_apposition(toks: list[Token], comma: int) -> bool:
    """Whether the comma at ``toks[comma]`` closes a noun phrase in apposition to a name ('Jane Roe (NY-1), a member
    of the panel,' or 'Acme, the maker of pumps,'): a phrase opening with an article after a comma that follows a
    capitalised word or a bracket."""
    opened = [n for n in range(comma - 1, 0, -1) if toks[n].word == ","][:1]
    return bool(opened) and opened[0] + 1 < comma and toks[opened[0] + 1].lower in {"a", "an", "the"} and (
        toks[opened[0] - 1].is_cap or toks[opened[0] - 1].word == ")")


def _opens_participle(toks: list[Token], j: int, date_at: int) -> bool:
    """Whether ``toks[j]`` (after a comma) opens a participle phrase that holds the date at token ``date_at``: a
    regular '-ed'/'-en' form ('the fund, established by Hale in 2018, …'), or an irregular one ('built', 'held')
    with the date or a preposition right after it ('the bridge, built in 1886, …'; not 'Lee, told reporters …',
    where the form is the past after an apposition); never a noun ('the record, set in 1990')."""
    w = toks[j].lower
    if "NOUN" in _lemmas(w) or "VERB" not in _lemmas(w):
        return False
    if w.endswith(("ed", "en")):
        return True
    return _past_participle(w) and j + 1 < len(toks) and (j + 1 == date_at or toks[j + 1].lower in {"in", "on", "at",
                                                                                                  "by", "during"})


def _past_participle(word: str) -> bool:
    """Whether a lower-case word is a verb's past participle: a regular one ('established', 'opened') or an
    irregular one the lexicon lists ('built', 'held', 'founded', 'begun')."""
    lemmas = _lemmas(word).get("VERB", ())
    return bool(lemmas) and (word.endswith(("ed", "en")) or any(word in verb_forms(v).get("VBN", ()) for v in lemmas))


_NOT_IN_RELATIVE = {"and", "or", "but", "that", "which", "who", "where", "when", "while", "if", "because", "as"}


def _past_reduced_relative(text: str, clause: Clause, date: tuple[int, int]) -> str:
    """The title of a clause whose verb the analysis took from a relative clause without 'that' inside the subject
    ('The last stand in the park closed to traders due to the flood reopens' → 'Last stand in park reopens'): a past
    '-ed' form right after a noun, a prepositional phrase after it, then a finite verb with no comma, conjunction
    or relative word between; the title is that subject and that verb, with what follows it; "" otherwise."""
    if clause.verb == (0, 0) or clause.verb_form != "past" or not text[clause.verb[0] : clause.verb[1]].endswith("ed"):
        return ""
    before = tokens(text, clause.start, clause.verb[0])
    k = _subject_end(before, date)
    if not k or not before[k - 1].is_word or before[k - 1].is_cap and k == len(before) or _verbish(before[k - 1]) \
            or "NOUN" not in _lemmas(before[k - 1].lower) or any(_in_date(t, date) for t in before[k:]):
        return ""
    toks = tokens(text, clause.verb[1], clause.end)
    if len(toks) < 3 or toks[0].lower not in _PHRASE_START - _NOT_IN_RELATIVE - {"to"} | {"to"} or \
            toks[0].lower in _NOT_IN_RELATIVE:
        return ""
    v = next((n for n, t in enumerate(toks[2:], 2) if not t.is_word or t.lower in _NOT_IN_RELATIVE or _verbish(t)
              and toks[n - 1].lower not in _PHRASE_START | _DETERMINERS), None)
    if v is None or not toks[v].is_word or toks[v].lower in _NOT_IN_RELATIVE | _AUX | _REPORT_WORDS \
            or re.fullmatch(r"[a-z]+(?:ed|ing)", toks[v].lower) or toks[v].lower in {"be", "been", "can", "could", "may",
                                                                                  "might", "must", "should"}:
        return ""  # a finite present or irregular past verb: 'reopens', 'rose'
    i, _ = _np_start(before, k, date=date)
    if any(not (_in_date(u, date) or not u.is_word or u.lower in _DETERMINERS | {"on", "in", "at", "by", "during"})
           for u in before[max([0, *(n + 1 for n in range(i) if before[n].word in {":", "–", "—"})]) : i]):
        return ""  # the noun phrase _np_start found is not the whole subject ('the bridges over (the river)'); a
        # label before a colon is no part of it ('Map: Tuesday: The last stand …')
    actor = _clean(before[i:k], text)
    t = toks[v]
    lemmas = _lemmas(t.lower).get("VERB", ())
    if not actor or not lemmas:
        return ""
    plural = _plural_actor(re.split(r"\s+(?:of|in|at|on|from|for|near|with)\s+", actor)[0])
    said = lemmas[0] if plural else third_person(lemmas[0])
    tail = _tail(text, clause, t.end, date, after_verb=True)
    title = _assemble(actor, [said], tail, bare=True) if tail else f"{actor} {said}"
    return title[:1].upper() + title[1:] if len(title) <= MAX_TITLE and len(title.split()) >= 2 else ""


#: words that open a fronted '-ing' phrase ('as well as reviewing …', 'after meeting …')
_GERUND_OPENERS = {"as", "after", "before", "while", "by", "when", "since", "besides", "despite"}


def _after_gerund_phrase(text: str, clause: Clause, date: tuple[int, int]) -> Clause | None:
    """The clause after a fronted '-ing' phrase whose object's participle the analysis took for the verb ('as well
    as checking ballots mailed from abroad, officials on Tuesday found a batch': 'found', not 'mailed'), when
    the date is in that clause: its verb is the first after the phrase's comma, its subject what comes between;
    None otherwise."""
    if clause.verb == (0, 0) or clause.verb_form != "past":
        return None
    toks = tokens(text, clause.start, clause.verb[0])
    g = next((n for n in range(len(toks) - 1, -1, -1) if toks[n].lower.endswith("ing")
              and "VERB" in _lemmas(toks[n].lower)), None)
    if g is None or not 0 < len(toks) - g - 1 <= 4 or g and toks[g - 1].lower not in _GERUND_OPENERS \
            or any(not t.is_word or _verbish(t) for t in toks[g + 1 :]):
        return None  # 'checking (the) ballots mailed': the gerund, its object, the participle
    comma = text.find(",", clause.verb[1], clause.end)
    if comma < 0 or date[0] < comma:
        return None  # the date is in the '-ing' phrase: it dates that phrase
    later = tokens(text, comma + 1, clause.end)
    v = next((n for n, t in enumerate(later) if _verbish(t)), None)
    if not v or later[v].lower in _REPORT_WORDS | {"is", "are", "was", "were", "be", "been"}:
        return None
    t = later[v]
    lemmas = _lemmas(t.lower).get("VERB", (t.lower,))
    past = any(t.lower in verb_forms(x).get("VBD", ()) for x in lemmas)
    return dataclasses.replace(clause, start=later[0].start, subject=(later[0].start, later[v - 1].end),
                               verb=(t.start, t.end), verb_lemma=lemmas[0], verb_form="past" if past else "present")


def _checked_verb(text: str, clause: Clause, date: tuple[int, int]) -> Clause:
    """The clause with its verb checked: not a relative clause without 'that' ('the tsunami it generated killed'),
    not a noun ('the coming attacks'), not a participle used as an adjective ('a bitterly fought campaign comes');
    a verb the analysis missed is looked for ('The giant waves hit the coast')."""
    fronted = _after_gerund_phrase(text, clause, date)
    if fronted is not None:  # 'as well as checking ballots mailed from abroad, officials found …': 'found'
        return fronted
    after = clause.start
    toks = tokens(text, clause.start, clause.verb[1]) if clause.verb != (0, 0) else []
    if len(toks) >= 2 and _reduced_relative(toks, len(toks) - 2):  # 'the tsunami it generated killed …'
        later = next((t for t in tokens(text, clause.verb[1], clause.end) if _verbish(t)), None)
        if later is not None:
            lemma = _lemmas(later.lower).get("VERB", (later.lower,))[0]
            clause = dataclasses.replace(clause, verb=(later.start, later.end), verb_lemma=lemma, verb_form="past")
    adjectival = len(toks) >= 3 and clause.verb_form == "past" and toks[-2].lower.endswith("ly") \
        and (toks[-3].word in {"a", "an", "the"} or toks[-3].lower in {",", "for", "of", "with", "by", "from", "among"}
             and _noun_next(text, clause.verb[1], clause.end))
    # ('A grueling, bitterly fought campaign', 'sampled fish for potentially affected species'): an adjective
    attributive = _attributive_verb(text, clause)
    if attributive is not None:  # 'The match and related celebrations have been called off'
        return attributive
    reported = _report_before_since(text, clause, date)
    if reported is not None:  # 'reported 5,000 new cases, the highest since the pandemic began': 'reported'
        return reported
    opening = re.match(r"\W*(?:they|he|she|it|we)\s+([a-z]+)\b", text[clause.start : clause.verb[0]], re.I) \
        if clause.verb != (0, 0) else None
    lemma = _lemmas(opening.group(1)).get("VERB", ()) if opening else ()
    if lemma and opening.group(1) not in _FUNCTION_END | _SUBJECT_SKIP:  # 'They resume Friday with new rules'
        at = clause.start + opening.start(1)
        past = any(opening.group(1) in verb_forms(v).get("VBD", ()) for v in lemma)
        return dataclasses.replace(clause, verb=(at, at + len(opening.group(1))), verb_lemma=lemma[0],
                                   verb_form="past" if past else "present")
    trying = re.search(r"\b(?:is|are|was|were)\s+([a-z]+ing)\s+(?:to\s+)?$", text[clause.start : clause.verb[0]]) \
        if clause.verb_form in {"future", "infinitive"} else None
    lemma = _lemmas(trying.group(1)).get("VERB", ()) if trying else ()
    if lemma:  # 'Parts of the league are hoping to return to play soon': 'hope to return'
        at = clause.start + trying.start(1)
        return dataclasses.replace(clause, verb=(at, at + len(trying.group(1))), verb_lemma=lemma[0],
                                   verb_form="present")
    beyond = _past_relative(text, clause, date)
    if beyond is not None:  # 'a scheme that paid owners to scrap old cars lifted sales': 'lifted'
        return beyond
    governing = _object_participle(text, clause) or _before_being(text, clause)
    if governing is not None:  # 'told fans affected by the closure': 'told', not 'affected'
        return governing
    dated = _verb_after_dated_participle(text, clause, date)
    if dated is not None:  # 'Results released on Thursday showed the incumbent ahead': 'showed'
        return dated
    if _reduced_passive(text, clause):  # 'the damage left by the storm moves into high gear': 'moves'
        found = _local_verb(text, clause, date, after=clause.verb[1] + 1)
        if found is not None and found[0][0] > clause.verb[1]:
            return dataclasses.replace(clause, verb=found[0], verb_lemma=found[1], verb_form=found[2])
    if clause.verb != (0, 0) and (adjectival or clause.verb_form == "present" and _noun_not_verb(text, clause)):
        after = clause.verb[1] if adjectival else clause.start
        clause = dataclasses.replace(clause, verb=(0, 0), verb_lemma="", verb_form="")  # 'the coming attacks'
    if clause.verb == (0, 0):
        found = _local_verb(text, clause, date, after=after)
        if found is not None:
            clause = dataclasses.replace(clause, verb=found[0], verb_lemma=found[1], verb_form=found[2])
    return clause


def _noun_next(text: str, at: int, end: int) -> bool:
    """Whether the word right after offset ``at`` (before ``end``) may be modified by the word before it: a noun, an
    adjective or a name, not a determiner, pronoun or preposition ('fought | U.S. campaign', not 'investigated |
    the deal')."""
    nxt = tokens(text, at, min(end, at + 30))[:1]
    if not nxt or not nxt[0].is_word or nxt[0].lower in _FUNCTION_END | _PRONOUN_SUBJECTS_ALL | _PHRASE_START:
        return False
    return nxt[0].is_cap or bool({"NOUN", "ADJ"} & set(_lemmas(nxt[0].lower)))


def _past_relative(text: str, clause: Clause, date: tuple[int, int]) -> Clause | None:
    """The clause read at the finite past verb after its subject's relative clause when the verb the analysis chose
    is an infinitive inside that relative clause ('A scheme that paid owners to scrap old cars lifted sales in
    May': 'lifted', not 'to scrap'); None otherwise."""
    if clause.verb_form != "infinitive" or not re.search(r"\b(?:that|which|who)\s+[a-z]+\s+(?:[\w’'-]+\s+){0,3}$",
                                                          text[clause.start : clause.verb[0]]):
        return None
    toks = tokens(text, clause.verb[1], date[0] if date[0] > clause.verb[1] else clause.end)
    for prev, t in zip(toks, toks[1:]):
        lemma = _lemmas(t.lower).get("VERB", ("",))[0]
        if lemma and t.lower in verb_forms(lemma).get("VBD", ()) and t.lower.endswith("ed") and prev.is_word \
                and "NOUN" in _lemmas(prev.lower) and prev.lower not in _FUNCTION_END and not t.is_cap:
            return dataclasses.replace(clause, verb=(t.start, t.end), verb_lemma=lemma, verb_form="past")
    return None


def _verb_after_dated_participle(text: str, clause: Clause, date: tuple[int, int]) -> Clause | None:
    """The clause read at its finite verb when the verb the analysis chose is a participle right after the subject
    noun and dated ('Results released on Thursday showed the incumbent ahead', 'The report published Monday found
    …'): the participle names the noun, the verb after the date states the event; None otherwise."""
    if clause.verb == (0, 0) or clause.verb_form != "past" or not clause.verb[1] <= date[0]:
        return None
    between = text[clause.verb[1] : date[0]]
    before = tokens(text, clause.start, clause.verb[0])
    if between.strip() not in {"", "on", "in", "at", "late", "early"} or not before or before[-1].is_cap \
            and len(before) > 1 or "NOUN" not in _lemmas(before[-1].lower) or _verbish(before[-1]):
        return None
    word = text[clause.verb[0] : clause.verb[1]].lower()
    if not any(word in verb_forms(v).get("VBN", ()) for v in _lemmas(word).get("VERB", ())):
        return None
    nxt = tokens(text, date[1], min(clause.end, date[1] + 30))[:1]
    if not nxt or nxt[0].is_cap or not _verbish(nxt[0]) or nxt[0].lower in _AUX | {"be", "been", "being", "did", "does"}:
        return None  # 'The damage caused on Monday was extensive': no act after the date
    lemma = _lemmas(nxt[0].lower).get("VERB", (nxt[0].lower,))[0]
    return dataclasses.replace(clause, verb=(nxt[0].start, nxt[0].end), verb_lemma=lemma,
                               verb_form="past" if nxt[0].lower != lemma else "present")


def _report_before_since(text: str, clause: Clause, date: tuple[int, int]) -> Clause | None:
    """The clause read at its verb of reporting when the verb the analysis chose closes a 'since' phrase after it
    (*the ministry reported 5,000 new cases, the highest daily count since the pandemic began*: the reporting is
    what was done, the pandemic's beginning is the measure); None otherwise."""
    if clause.verb == (0, 0) or date[1] > clause.verb[0]:
        return None
    since = re.search(r"\bsince\s+(?:\S+\s+){0,5}$", text[clause.start : clause.verb[0]])
    if not since or date[0] >= clause.start + since.start():
        return None
    toks = tokens(text, date[1], clause.start + since.start())
    r = next((n for n in range(len(toks)) if _reports(toks, n)), None)
    if r is None:
        return None
    t = toks[r]
    lemma = _lemmas(t.lower).get("VERB", (t.lower,))[0]
    return dataclasses.replace(clause, verb=(t.start, t.end), verb_lemma=lemma,
                               verb_form="past" if t.lower.endswith("ed") or t.lower != lemma else "present")


_GROUP = re.compile(r"\s*(?:has|have|had|is|are|was|were)\s+(?:(?:also|now|since|already|been)\s+)*([a-z]+)\b")


def _reduced_passive(text: str, clause: Clause) -> bool:
    """Whether the clause's past verb is a participle after a noun with its agent ('the damage left by the storm'),
    not the main verb."""
    if clause.verb == (0, 0) or clause.verb_form != "past":
        return False
    before = tokens(text, max(clause.start, clause.verb[0] - 20), clause.verb[0])[-1:]
    return bool(before) and re.match(r"\s+by\s", text[clause.verb[1] : clause.verb[1] + 5]) is not None \
        and before[0].is_word and not before[0].is_cap and "NOUN" in _lemmas(before[0].lower) \
        and before[0].lower not in _FUNCTION_END | _SUBJECT_SKIP and not _verbish(before[0])


#: prepositions after a participle that modifies the noun before it ('fans affected by', 'goods shipped from')
_PARTICIPLE_PREPOSITIONS = {"by", "from", "in", "at", "with", "for", "on", "during", "under", "to"}


def _object_participle(text: str, clause: Clause) -> Clause | None:
    """The clause with its verb moved back to the past verb whose object the clause's '-ed' verb describes ('the
    mayor told fans affected by the closure that …': 'told', not 'affected'; 'the club fined players caught
    in the brawl'); None when no past verb of the clause governs the noun before it (a subject: 'Fans affected by
    the closure sued the club')."""
    if clause.verb == (0, 0) or clause.verb_form != "past":
        return None
    verb = text[clause.verb[0] : clause.verb[1]]
    nxt = tokens(text, clause.verb[1], min(clause.end, clause.verb[1] + 40))[:2]
    if not verb.endswith("ed") or " " in verb or not nxt or nxt[0].lower not in _PARTICIPLE_PREPOSITIONS:
        return None
    if nxt[0].lower == "to" and (len(nxt) < 2 or {"VERB"} == set(_lemmas(nxt[1].lower))):
        return None  # 'wanted to retire': an infinitive, not a participle's preposition ('related to safety')
    before = tokens(text, max(clause.start, clause.verb[0] - 80), clause.verb[0])
    last = before[-1] if before else None
    people = last is not None and last.is_cap and last.lower.endswith("s") and not _lemmas(last.lower)  # 'Americans'
    if last is None or not people and (last.is_cap or "NOUN" not in _lemmas(last.lower)) or _verbish(last) \
            or last.lower in _FUNCTION_END:
        return None
    for n in range(len(before) - 2, max(-1, len(before) - 6), -1):
        t = before[n]
        if t.lower in {"a", "an", "the", "its", "their", "his", "her", "all", "some", "many", "of"} or t.is_word and (
                not t.is_cap and not _verbish(t) and ({"ADJ", "NOUN"} & set(_lemmas(t.lower)))):
            continue  # the object's determiner and modifiers
        lemmas = _lemmas(t.lower).get("VERB", ())
        finite = not t.is_cap and t.is_word and bool(past_lemmas(t.lower))
        saying = lemmas and lemmas[0] in _REPORT_LEMMAS and lemmas[0] not in {"tell", "warn", "inform", "notify"}
        if finite and _verbish(t) and (not saying or "ADJ" in _lemmas(verb.lower())):
            # ('said the limit needed …': the limit is a subject; 'announced a list of works related to …': an object)
            return dataclasses.replace(clause, verb=(t.start, t.end), verb_lemma=lemmas[0], verb_form="past")
        return None
    return None


def _before_being(text: str, clause: Clause) -> Clause | None:
    """The clause with its verb moved back to the finite verb before a 'being' + participle phrase, which only
    describes a noun ('reported its first case of the virus being passed between players': 'reported'); None when
    the verb is no such phrase or no finite verb precedes it."""
    if clause.verb == (0, 0) or not re.match(r"being\s", text[clause.verb[0] : clause.verb[1]], re.I):
        return None
    for t in reversed(tokens(text, clause.start, clause.verb[0])):
        if t.word in {";", ":"} or t.lower in {"that", "which", "who"}:
            return None
        lemmas = _lemmas(t.lower).get("VERB", ())
        if t.is_cap or not lemmas or not _verbish(t):
            continue
        past = bool(past_lemmas(t.lower))
        present = any(t.lower in verb_forms(v).get("VBZ", ()) for v in lemmas)
        if past or present:
            return dataclasses.replace(clause, verb=(t.start, t.end), verb_lemma=lemmas[0],
                                       verb_form="past" if past else "present")
    return None


def _attributive_verb(text: str, clause: Clause) -> Clause | None:
    """The clause with its verb moved past a participle used as an adjective before a noun ('the match and related
    celebrations have been called off': 'called', not 'related'); None when the verb is no such participle."""
    if clause.verb == (0, 0) or clause.verb_form != "past":
        return None
    before = tokens(text, max(clause.start, clause.verb[0] - 20), clause.verb[0])[-1:]
    after = tokens(text, clause.verb[1], min(clause.end, clause.verb[1] + 40))[:1]
    if not before or not after or before[0].lower not in {"and", "or", "a", "an", "the", "its", "their"} \
            or after[0].is_cap or "NOUN" not in _lemmas(after[0].lower) or _verbish(after[0]):
        return None
    group = _GROUP.match(text, after[0].end)
    lemmas = _lemmas(group.group(1)).get("VERB", ()) if group else ()
    if not lemmas or group.end() > clause.end:
        return None
    passive = re.search(r"\b(?:been|is|are|was|were)\s", group.group(0)) is not None
    form = "present" if group.group(1).endswith("ing") else "passive" if passive else "perfect"
    return dataclasses.replace(clause, verb=(group.start(1), group.end(1)), verb_lemma=lemmas[0], verb_form=form)


def _noun_not_verb(text: str, clause: Clause) -> bool:
    """Whether the clause's '-s' verb is the head of a noun phrase ('forecast the coming Republican attacks')."""
    before = tokens(text, max(clause.start, clause.verb[0] - 40), clause.verb[0])[-4:]
    for t in reversed(before):
        if t.lower in {"the", "a", "an", "its", "their", "his", "her"}:
            return True
        if not t.is_word or _verbish(t) or t.lower in _PHRASE_START:
            return False
    return False


def _local_verb(text: str, clause: Clause, date: tuple[int, int], *,
                after: int = -1) -> tuple[tuple[int, int], str, str] | None:
    """A verb the clause analysis missed ('The giant waves hit the coast', 'Party representatives discuss on …'):
    a verb form after a noun and before a determiner, a preposition, a number, a name or the date (and after
    ``after`` when given)."""
    toks = tokens(text, clause.start, clause.end)
    for i in range(1, len(toks) - 1):
        t, prev, nxt = toks[i], toks[i - 1], toks[i + 1]
        if t.is_cap or not t.is_word or _in_date(t, date) or t.start < after or not prev.is_word and prev.word != "," \
                or prev.lower in _FUNCTION_END:
            continue
        lemmas = _lemmas(t.lower)
        if "VERB" not in lemmas or t.lower in _FUNCTION_END | _DROP | _PARENTHETICAL | _PREPOSITIONS:
            continue
        if nxt.lower in {"a", "an", "the", "its", "his", "her", "their"} | _PHRASE_START or nxt.is_cap \
                or _in_date(nxt, date) or re.match(r"[$€£\d]", nxt.word):
            lemma = lemmas["VERB"][0]
            return (t.start, t.end), lemma, "past" if t.lower != lemma or t.lower.endswith("ed") else "present"
    return None


#: a negated verb group: 'did not make', 'has not congratulated', 'never reached', "won't attend"
_NEGATION = re.compile(r"(?:\b(?:not|never)|n[’']t)\s+(?:(?:\w+ly|yet|even|ever|quite|always)\s+)?"
                       r"(?:(?:been|be|have)\s+)?$", re.I)


def _negated_at(text: str, clause: Clause) -> bool:
    """Whether the clause's verb group is negated ('did not travel', 'never reached', "won't attend")."""
    written = text[clause.verb[0] : clause.verb[1]].split()
    head_at = clause.verb[1] - len(written[-1]) if written else clause.verb[0]
    return _NEGATION.search(text, max(clause.start, clause.verb[0] - 30), head_at) is not None


def _negated(verb: list[str], negation: re.Match | None, lemma: str, plural: bool) -> list[str]:
    """The headline verb group with its negation kept ('Mayor does not make Westshire rally', 'Plan not approved',
    'Team never reaches final'); ``verb`` unchanged when the clause is not negated."""
    if negation is None:
        return verb
    if negation.group(0).lower().startswith("never"):
        return ["never", *verb]
    if verb[:1] == ["to"] or verb[-1:] and verb[-1] != lemma and verb[-1] != third_person(lemma):
        return ["not", *verb]  # 'not approved', 'not to attend'
    return ["do" if plural else "does", "not", lemma]


def _headline(words: list[str], lemma: str, form: str, written: str, plural: bool) -> list[str]:
    """The verb group in headline tense."""
    head = written.split()[-1]
    if form in {"passive", "participle"}:
        return ["to", "be", head] if re.search(r"\b(?:to|will|shall) be\b", written) else [head]
    if form in {"future", "infinitive"}:  # 'will be announced': 'to be announced', not 'to announce'
        done = re.search(r"\b(?:to|will|shall)\s+be\s+\w+$", written) and head.lower() in verb_forms(lemma).get(
            "VBN", ())
        return ["to", "be", head] if done else ["to", lemma]
    if form == "modal":
        return written.split()
    return [lemma if plural else third_person(lemma)]


def _says_form(text: str, clause: Clause, date: tuple[int, int]) -> tuple[int, int, str] | None:
    """A reporting verb that frames the clause's verb: ``(verb start, content start, lemma)``; None if none.

    'Officials said Thursday that prices rose', 'Hale hinted in a post that the bid could be raised'.
    """
    toks = tokens(text, clause.start, clause.verb[0] if clause.verb != (0, 0) else clause.end)
    for r, t in enumerate(toks):
        if _reports(toks, r):
            press = _press_told(text, (t.start, t.end), _lemmas(t.lower).get("VERB", ("",))[0])
            rest = [u for u in toks[r + 1 :] if u.start >= press]  # 'told reporters Friday he would …': what he said
            k = next((j for j, u in enumerate(rest) if u.lower == "that" or _verbish(u)), -1)
            k = k if 0 <= k and rest[k].lower == "that" else -1
            content = rest[k + 1] if 0 <= k < len(rest) - 1 else next(
                (u for u in rest if not _in_date(u, date) and u.lower not in _SUBJECT_SKIP
                 and not (u.end <= date[0] and text[u.end : date[0]].strip() == "")), None)  # 'said on Monday
            if content is None:
                return None
            lemma = "say" if t.lower == "saying" else _lemmas(t.lower).get("VERB", (t.lower,))[0]
            return t.start, content.start, "say" if press else lemma
    return None


def _coordinated_present(tail: list[str], plural: bool) -> list[str]:
    """``tail`` with a past verb right after ``and`` in headline present ('… and killed 6,400' → '… and kills
    6,400'), as the clause's own verb is; a participle that is no past form ('and taken') stays."""
    out = list(tail)
    for k in range(len(out) - 1):
        word = out[k + 1]
        if out[k].lower() != "and" or not word.isalpha() or not word.islower():
            continue
        if k + 2 == len(out) and (k == 0 or "VERB" not in all_lemmas(out[k - 1].lower())):
            continue  # 'buried the dead and injured': a noun phrase's last word, no verb of its own
        lemma = next((v for v in all_lemmas(word).get("VERB", ()) if word in verb_forms(v).get("VBD", ())
                      and word != v), "")
        if lemma:
            out[k + 1] = lemma if plural else third_person(lemma)
    return out


#: those who act for a place, which a headline names by the place ('Health officials in Ohio announce' → 'Ohio announces')
_OFFICIALS = {"officials", "authorities", "government", "leaders", "lawmakers", "regulators", "police", "officers",
              "ministry", "department", "agency", "administration", "council", "governments"}


def _assemble(actor: str, verb: list[str] | Callable[[str], list[str]], tail: list[str], *,
              bare: bool = False) -> str:
    """Actor + verb + what follows, fitted to :data:`MAX_TITLE`: first whole with a shorter form of the actor,
    then cut where a phrase ends; "" when only the actor and verb would be left of a tail."""
    plan = re.fullmatch(r"(.+?\S)\s+((?:plans|plan|expects|expect|hopes|hope|intends|intend|aims|aim|seeks|seek|"
                        r"wants|want|prepares|prepare|vows|vow|promises|promise|threatens|threaten)(?:\s+not)?)", actor)
    if plan and callable(verb) and verb(actor)[:1] == ["to"] or plan and not callable(verb) and verb[:1] == ["to"]:
        said = verb  # 'Acme plans' + 'to cut': the actor is Acme, its verb group 'plans to cut'
        actor, verb = plan.group(1), (lambda a: [plan.group(2), *(said(a) if callable(said) else said)])
    office = _role_surname(actor)  # 'Senator Roe' of 'Senator Jane Roe': tried first, as headlines name office holders
    actors = [office, actor] if office else [actor]
    actors = [_kind_last(actor), *actors] if _kind_last(actor) else actors  # 'Justice Department', as headlines
    surname = _surname_of_given(_ARTICLE_TEXT.get(), actor)
    actors = [surname, *actors] if surname else actors  # 'Jane was promoted' where the page names 'Jane Roe': 'Roe'
    conjunct = re.match(r"(.+?)(?:,\s| and [a-z])", actor) or re.match(  # 'Smith and other ministers', 'Smith, wife
        r"(.+?\s(?:%s))\s+and\s+[A-Z]" % "|".join(k.title() for k in _BODY_KINDS), actor)  # and son', 'the Finance
    # Committee and the Budget Office': the first body when both do not fit
    conjunct = None if conjunct and re.search(r"\s(?:of|on|for)\s", conjunct.group(1)) else conjunct  # (not the
    # first of the words a name lists: 'Committee on Trade, Energy, and Transport')
    last = actor.split()[-1] if len(actor.split()) >= 2 and (actor.split()[-1][:1].isupper() or not re.search(
        r"\b(?:of|and|for)\b", actor)) else ""
    last = "" if last and _ends_longer_name(actor.split()) and not _kind_word(last) else last  # never the last
    # word of a longer name ('Committee on Transportation and Infrastructure': not 'Infrastructure'; 'Government of
    # Puerto Rico': not 'Rico'; but 'Secretary of State Jane Roe': 'Roe'; the kind a name ends with: 'Agency')
    last = "" if last.lower().strip(".") in _NAME_SUFFIXES or re.fullmatch(r"[IVX]+|\d+", last) or " and " in actor \
        and _is_person(_name_of(
        actor.split(" and ")[-1])) else last  # never 'Corp.' alone, nor one of two persons ('Dan Poe and Jane Roe')
    placed = re.search(r"(\S+)\s(?:in|at|from|near|outside)\s+(?:[A-Z][\w’'.-]*,?\s+){0,3}%s$" % re.escape(last), actor)
    last = "" if placed and placed.group(1).lower() not in _OFFICIALS else last  # nor the place the actor is in ('a
    # citizen residing in Leeds, England': not 'England'; but 'officials in Ohio': 'Ohio')
    generic = last.lower().strip(".") in _GENERIC_ORG | _GENERIC_HEADS or (  # 'Agency' of 'National Police Agency'
        len(actor.split()) >= 3 and "NOUN" in _lemmas(last.lower()) and not office)  # 'Support' of
    # 'Emergency Housing Support' (not the surname of 'Senator Jane Brown')
    inner = re.match(r"(.+\S)\s+(?:in|at|on|near|outside|inside)\s+\S+(?:\s+[A-Z]\S*)*$", actor)
    named = " ".join(_surnames(actor.split()))  # 'thousands of President Jane Roe’s supporters': 'of Roe’s supporters'
    unqualified = re.sub(r"^(?:[A-Z]\.){2,}(?:-[A-Z][\w.]*)?\s+(?!(?:and|or)\s)"
                         r"|^[A-Z]{2}(?:-[A-Z][\w.]*)?\s+(?=[A-Z][a-z])", "",
                         actor)  # 'U.S. Federal Reserve', 'U.S.-Tarn Trade Council'; not a conjunct ('U.S. and Tarn
    # envoys')
    partners = re.match(r"(.+?)\s+and\s+(?:its|their|his|her|other)\s", actor)  # 'the Department of Harbors and
    # Ports and its partners': the body first, as its acronym
    for short in (_unapproximated(actor), "" if bare else _acronym_of(actor), "" if bare else _acronym_headed(actor),
                  _governed_place(actor),
                  "" if bare or not partners else _acronym_of(partners.group(1)),
                  _name_of(actor), named, unqualified,
                  _without_proper_modifier(actor), _body_kind(actor),
                  _name_of(conjunct.group(1)) if conjunct else "",
                  inner.group(1) if inner and re.search(r"\s(?:of|for|from|with|in|at|on)\s", inner.group(1)) else "",
                  _head_phrase(actor), _surname_list(actor), last):
        if short and short not in actors and (short.lower() not in _FUNCTION_END | {"all", "none", "few", "several"}
                                              or short.isupper()):  # 'WHO', 'IT': an acronym
            actors.append(short)
    verbs = verb if callable(verb) else (lambda a: verb)
    plain = [w for i, w in enumerate(tail) if not ("-" in w[1:-1] and i + 1 < len(tail) and w[:1].islower())]
    head = _head_phrase(actor)
    kinds = {last} if generic else set()
    kinds |= {head} if head != actor and re.search(r"\s(?:of|for|on)\s+[A-Z]", actor) and _bare_kind(head) else set()
    forms = [tail, *_compact_forms(tail)]
    for a, t in ((a, t) for a in actors for t in forms):  # the whole tail with the longest actor that fits, its
        if a in kinds:  # grammar made as compact as it must be to fit
            continue  # a kind of body alone ('Agency', 'U.S. Centers') only when no cut of the tail fits the name
        title = " ".join([a, *verbs(a), *t])
        if a and len(title) <= MAX_TITLE and not t[-1:] or t and len(title) <= MAX_TITLE and \
                t[-1].lower().strip(",;:") not in _FUNCTION_END:
            return title.strip(" ,;:–-.")
    for short in (_surnames(tail), _abbreviated(tail), _abbreviated(_surnames(tail))):
        for a in actors if short != tail else ():  # 'directs Treasury Secretary Jane Doe to …': 'directs Doe to …'
            title = " ".join([a, *verbs(a), *short])
            if len(title) <= MAX_TITLE and short[-1].lower().strip(",;:") not in _FUNCTION_END:
                return title.strip(" ,;:–-.")
    heads = {"" if bare else _acronym_of(actor), "" if bare else _acronym_headed(actor), _name_of(actor), named,
             unqualified, _head_phrase(actor),
             _without_proper_modifier(actor),
             last if _first_name(_name_of(actor)) else ""}
    fitted = _fitted([a for a in actors if a not in kinds], verbs, tail, plain, heads - {actor, "", *kinds})
    fitted = fitted or _fitted(actors, verbs, tail, plain, heads - {actor, ""})  # a kind of body alone: last resort
    fitted = fitted or _cut_inside_name(actors, verbs, tail)
    if fitted:
        return fitted
    pair = re.fullmatch(r"(.+?) and (.+)", actor)
    if pair and _given_name(pair.group(1)) and _given_name(pair.group(2)):
        return _assemble(pair.group(2), verb, tail, bare=bare)  # two persons who leave no room for what they did:
        # the one the clause names last, whose verb it is ('(Ann Roe and) Tom Lee write(s) Government Accounting Office')
    if bare:  # 'Emergency centers packed': a passive needs nothing after it (with the longest actor that fits)
        return next((t for t in (" ".join([a, *verbs(a)]) for a in actors) if len(t) <= MAX_TITLE), "") \
            or _cut_actor(actors, verbs)
    return ""


@functools.lru_cache(maxsize=256)
def _surname_of_given(text: str, actor: str) -> str:
    """The surname of a person an actor names by the given name alone ('Jane promoted'), as the page writes the whole
    name elsewhere as a person's, after an office or rank or called by the surname ('Captain Jane Roe', 'Roe
    said'): one such surname after it; "" otherwise."""
    if not re.fullmatch(r"[A-Z][a-z]{2,}", actor) or actor.lower() in _STOPWORDS_CAP | _ROLE_WORDS:
        return ""
    found = {m.group(1) for m in re.finditer(r"\b%s\s+([A-Z][a-z]+(?:[’'-][A-Z]?[a-z]+)?)\b" % actor, text)}
    found = {w for w in found if w.lower() not in _STOPWORDS_CAP | _NAME_SUFFIXES | _GENERIC_ORG | _GENERIC_HEADS
             and "VERB" not in _lemmas(w.lower())  # (not a headline's verb: 'Roe Testifies')
             and (_called_by_surname(text, f"{actor} {w}") or _titled(text, f"{actor} {w}"))}  # (a person's: 'Roe
    # said', 'Ms. Roe', 'Captain Jane Roe')
    return found.pop() if len(found) == 1 else ""


#: ranks written before a person's name besides :data:`_ROLE_WORDS` ('Captain Jane Roe')
_RANKS = {"captain", "capt", "major", "admiral", "sheriff", "inspector", "lt", "sgt", "detective", "trooper", "agent"}


def _titled(text: str, name: str) -> bool:
    """Whether ``text`` writes ``name`` after an office or a rank ('Captain Jane Roe', 'Senator Jane Roe')."""
    return any(m.group(1).lower().strip(".") in _ROLE_WORDS | _RANKS
               for m in re.finditer(r"\b([A-Z][a-z]+\.?)\s+%s\b" % re.escape(name), text))


def _acronym_headed(actor: str) -> str:
    """A name of a body before the noun it modifies, written as the acronym the article gives the name ('U.S. Office
    of Harbor Planning officials' → 'OHP officials', :func:`_acronym_of`); "" when the actor is no such phrase or
    the article gives no acronym."""
    named = re.match(r"((?:[A-Z][\w.’'&-]*\s+(?:(?:of|for|on|and|&)\s+(?:the\s+)?)?)+)"
                     r"([a-z][\w’'-]*(?:\s+[a-z][\w’'-]*)?)$", actor)
    short = _acronym_of(named.group(1).strip()) if named else ""
    return f"{short} {named.group(2)}" if short else ""


#: roles that name no office of their own before a name ('Mr.', 'former')
_BARE_ROLES = {"mr", "mrs", "ms", "dr", "former", "member", "ranking", "official", "executive", "officer", "head"}


def _role_surname(actor: str) -> str:
    """A person named with the office written before the name, by the office and surname alone, as headlines name
    them ('U.S. Senator Jane Roe' → 'Senator Roe', 'Defense Secretary Jane Roe' → 'Defense Secretary Roe'); "" for
    another actor (no office of one to three capitalised words, or no first name before the surname)."""
    words = re.sub(r"^(?:the\s+)?(?:U\.S\.|US|UK|U\.K\.)\s+", "", actor).split()
    for n in (2, 3):
        role, name = words[:-n], words[-n:]  # (the whole of what comes before the name is the office)
        if 1 <= len(role) <= 3 and _given_name(" ".join(name)) \
                and all(re.fullmatch(r"[A-Z][\w.-]*", w) for w in role) \
                and role[-1].lower().strip(".") in _ROLE_WORDS - _BARE_ROLES:
            return " ".join([*role, name[-1]])
    return ""


def _given_name(name: str) -> bool:
    """Whether ``name`` reads as a given name and surname (two or three capitalised words, :func:`_is_person`, the
    first no role nor abbreviation; a surname may open with 'Mc' or 'Mac' and hold accents: 'Ned McOrmsby', 'Ned
    Aldámar'), which an office written before it makes a person's ('Ned Ormsby')."""
    words = name.split()
    first = words[0] if words else ""
    return _is_person(name) and first.isalpha() and not first.isupper() and first.lower() not in _ROLE_WORDS \
        and re.fullmatch(r"(?:Mc|Mac)?[A-Z][a-zà-ÿ]+(?:['’][A-Z][a-zà-ÿ]+)?", words[-1]) is not None \
        and not ("NOUN" in _lemmas(first.lower()) and re.search(r"(?:or|er|ist|ant|ent)$", first))  # not an
    # office: 'Administrator Lee'


#: words before an office that its holder holds no more, or not in full ('former President'): no office kept
_PAST_OFFICE = {"former", "ex", "late", "then", "outgoing", "retired", "deputy", "vice", "assistant", "acting", "interim",
                "would-be", "self-styled"}


#: what a release writes between a named subject and its verb, which leaves the office before the name the
#: subject's: the party and state in brackets, an apposition between commas and a time or manner word ('Senator
#: Jane Roe (D-Ore.) today urged', 'Rep. Al Poe (R-Tex.), the panel's chairman, wrote', 'Governor Ann Lee on Monday
#: signed'); the date itself is blanked first
_SUBJECT_GAP = re.compile(r"(?:\s*\([^()]{1,40}\))?(?:\s*,\s*(?:the\s+|a\s+|an\s+)?[A-Za-z][^,;:()]{0,60},)?"
                          r"(?:\s+(?:today|yesterday|tonight|this|morning|afternoon|"
                          r"evening|week|on|late|early|also|again|now|then|jointly|formally|officially|publicly))*"
                          r"\s*$")


def _subject_span(text: str, clause: Clause, verb: tuple[int, int], date: tuple[int, int]) -> str:
    """The clause's words before its verb, the date's own words blanked ('Senator Jane Roe (D-Ore.) ______ urged')."""
    span = text[clause.start : verb[0]]
    if clause.start <= date[0] < date[1] <= verb[0]:
        span = span[: date[0] - clause.start] + " " * (date[1] - date[0]) + span[date[1] - clause.start :]
    return span


def _with_office(text: str, clause: Clause, verb: tuple[int, int], actor: str,
                 date: tuple[int, int] = (0, 0)) -> str:
    """A person's name with the office the clause writes before it ('Defense Secretary' of 'Defense Secretary Jane
    Roe spoke'; also across a party label or a time word before the verb, :data:`_SUBJECT_GAP`, the ``date``'s own
    words blanked), for :func:`_role_surname`; the actor unchanged when it is no person's name or has no such office."""
    if not _given_name(actor):
        return actor
    span = _subject_span(text, clause, verb, date)
    m = re.search(r"((?:[A-Z][\w.&-]*\s+){1,3})%s(?=%s)" % (re.escape(actor), _SUBJECT_GAP.pattern), span)
    before = text[clause.start : clause.start + m.start(1)].split()[-1:] if m else []
    outside = text[max(0, clause.start - 40) : clause.start].split()[-2:] if m and not before else []
    if before and (re.fullmatch(r"[A-Z][\w.&-]*", before[0]) or before[0].lower() in _PAST_OFFICE | _NAME_JOINS) \
            or len(outside) == 2 and outside[1] in _NAME_JOINS and outside[0][:1].isupper():
        return actor  # the office is longer than three words ('United Nations Secretary General'), or held no more
        # ('former President'), or its first words end a longer name ('Subcommittee on (Aviation) Rep. Jane Roe'; not
        # after a clause joined by 'and': 'Nurses protested and Health Minister Ana Costa …')
    whole = f"{m.group(1)}{actor}" if m else ""
    return whole if whole and _role_surname(whole) else actor


#: a person named with an office, party label and comma before 'and' and a second person who is the verb's subject
#: ('Senator Ann Roe (D-Ore.) and Senator Tom Lee (R-Tex.) today urged'): the first of two persons who act together
_PARTNER = re.compile(r"(?:^|[,:\u2014\u2013]\s*|\s-+\s*)(?:(?:[A-Z][\w.&’'-]*|of|for)\s+){0,4}?"
                      r"(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w.’'-]*){1,2})\s*(?:\([^()]{1,40}\))?\s+and\s+"
                      r"(?:(?:[A-Z][\w.&-]*|of|for|and|on)\s+){0,6}$")


def _with_partner(text: str, clause: Clause, verb: tuple[int, int], actor: str, date: tuple[int, int]) -> str:
    """Two persons who are the verb's subject together, named each with an office or a party label before 'and'
    ('Senator Ann Roe (D-Ore.) and Senator Tom Lee today urged' → 'Ann Roe and Tom Lee', which a headline names by
    surnames: 'Roe and Lee urge …'), where the actor found is the second alone; the actor unchanged otherwise (no
    person, a list of three or more, or a first name that opens no subject: 'talks with Ann Roe and …')."""
    if not _given_name(actor):
        return actor
    span = _subject_span(text, clause, verb, date)
    at = re.search(r"%s(?=%s)" % (re.escape(actor), _SUBJECT_GAP.pattern), span)
    found = _PARTNER.search(span[: at.start()]) if at else None
    listed = found and found.group(0)[:1] == "," and re.search(r"[A-Z][\w’'.-]*\)?$", span[: found.start()].rstrip())
    words = found.group("name").split() if found and not listed else []  # (not the last two of a list: 'Ann Roe,
    # Jim Poe and Tom Lee')
    while words and (words[0].lower().strip(".") in _ROLE_WORDS or len(words) > 2 and _lemmas(words[0].lower())):
        words = words[1:]  # ('Senator Ann Roe', '(Defense) Ann Roe': the office's words before the name)
    before = span[: found.end("name") - len(" ".join(words))].split()[-1:] if words else []
    if not words or not (before and before[0][:1].isupper() or "(" in found.group(0)):
        return actor  # the first person is named with an office or a party label ('Minister of (Foreign Trade) and
        # Industry Karl Obermeier': no person)
    return f"{' '.join(words)} and {actor}" if len(words) >= 2 and _given_name(" ".join(words)) \
        and words[0].lower() not in _STOPWORDS_CAP else actor  # (not 'The President and …')


def _without_proper_modifier(actor: str) -> str:
    """A common noun phrase without the proper adjective it opens with, a shorter form when space is short
    ('Turkish riot police' → 'Riot police', 'Danish biologists' → 'Biologists'); "" for another actor (a
    name, a role before a name, a phrase with capitals after its first word)."""
    words = actor.split()
    if len(words) < 2 or not re.fullmatch(r"[A-Z][a-z]+", words[0]) or words[0].lower() in _ROLE_WORDS \
            or words[0].lower() in _STOPWORDS_CAP or _lemmas(words[0].lower()) \
            or not all(re.fullmatch(r"[a-z][a-z-]*", w) for w in words[1:]) or "NOUN" not in _lemmas(words[-1]):
        return ""
    rest = " ".join(words[1:])
    return rest[:1].upper() + rest[1:]


def _cut_inside_name(actors: list[str], verbs: Callable[[str], list[str]], tail: list[str]) -> str:
    """The title cut before the 'of' inside a name, with the first actor that keeps a word of the tail, when
    nothing else fits ('League names club Founding Member (of the International Youth Football Association)');
    "" when no such cut keeps one."""
    for a in actors:
        title = _fit([a, *verbs(a), *tail], MAX_TITLE, inside=True)
        if len(title.split()) > len(a.split()) + len(verbs(a)):
            return title
    return ""


def _cut_actor(actors: list[str], verbs: Callable[[str], list[str]]) -> str:
    """The longest title of an actor cut where one of its phrases starts and its verb group ('More than 300
    residents of the valley towns near the dam evacuated' → 'More than 300 residents evacuated'); "" when none
    fits."""
    fitting = []
    for actor in actors:
        words = actor.split()
        for n in range(len(words) - 1, 1, -1):
            if words[n].lower() not in _PHRASE_START | {"of", "within", "near", "across", "around", "outside"} \
                    or words[n - 1].lower() in _FUNCTION_END:
                continue
            head = " ".join(words[:n]).strip(" ,;:–-")
            title = " ".join([head, *verbs(head)])
            if len(title) <= MAX_TITLE:
                fitting.append(title)
    return max(fitting, key=len, default="")


#: what makes a count approximate at an actor's start ('More than 300 workers'), which a short title leaves out
_APPROXIMATE = re.compile(r"^(?:(?:more|less|fewer)\s+than|about|around|nearly|almost|roughly|approximately|some|over|"
                          r"under|at\s+(?:least|most))\s+(?=(?:a\s+|an\s+)?[$€£]?\d|(?:a|an)\s+\w)", re.I)


def _unapproximated(actor: str) -> str:
    """An actor that starts with an approximate count without the words that make it so ('Nearly 300 workers' →
    '300 workers', 'Nearly a million workers' → 'A million workers'), a shorter form when space is short; "" for
    another actor."""
    short = _APPROXIMATE.sub("", actor)
    return short[:1].upper() + short[1:] if short != actor else ""


#: a count of counts, which a shorter actor keeps whole: 'tens of thousands (of fans)', not 'tens'
_COUNT_OF_COUNTS = re.compile(r"(?:\S+\s+){0,2}?(?:tens|dozens|scores|hundreds)\s+of\s+"
                              r"(?:hundreds|thousands|millions|billions)\b", re.I)


#: a share or count of a noun phrase, which a shorter actor keeps with its noun ('80% of the accounts (used by
#: staff)', 'half of the funds (allocated to …)'), not the share alone ('80%', 'Half'): up to the next preposition,
#: participle or relative word
_PARTITIVE_HEAD = re.compile(r"(?:(?:about|nearly|almost|some|over|roughly)\s+)?(?:\d[\d.,]*\s*(?:%|percent|per\s+cent)|"
                       r"[Hh]alf|[Mm]ost|[Mm]any|[Tt]wo-thirds|[Oo]ne-third|[Aa]\s+third|[Aa]\s+quarter|"
                       r"[Tt]he\s+majority|[Aa]\s+majority)\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?"
                       r"(?:(?!(?:in|at|on|for|from|with|by|to|of|who|that|which|were|was|are|is)\b)"
                       r"(?![a-z]+ed\b)[\w’'.-]+\s*){1,4}(?<!\s)")


def _kind_word(word: str) -> bool:
    """Whether a capitalised word only says what kind of body a name is ('Office', 'Centers', 'Department'; not
    'House'), so that a name cut after it names no body."""
    w = word.lower().strip(".,’'")
    kinds = (_GENERIC_ORG | _GENERIC_HEADS | _BODY_KINDS) - {"house", "states", "nations"}
    return w in kinds or w.endswith("s") and w[:-1] in kinds


def _ends_longer_name(words: list[str]) -> bool:
    """Whether the capitalised words ``words`` end with are the end of a longer name, joined to capitalised words
    before by 'of', 'for', 'on' or '&' (through a list: 'Subcommittee on Trade, Energy, and Transport'), not a
    person's given name and surname ('Secretary of State Jane Roe'), so that their last word alone names nothing."""
    cap = re.compile(r"[A-Z][\w.’'&-]*,?")
    seg = len(words)
    while seg > 0 and cap.fullmatch(words[seg - 1]):
        seg -= 1
    named = [w for w in words[seg:] if not re.fullmatch(r"[A-Z]\.", w)]  # (without a middle initial)
    if seg == len(words) or _first_name(" ".join(named[-2:])):
        return False
    bare = [w.rstrip(",") for w in words]
    k = seg
    while k >= 2 and bare[k - 1] == "and" and cap.fullmatch(words[k - 2]):
        k -= 1
        while k > 0 and cap.fullmatch(words[k - 1]):
            k -= 1  # back over a list of names joined by commas and 'and'
        if _name_run_start(bare, k, _NAME_JOINS - {"and"}) < k:
            return True
    return _name_run_start(bare, seg, _NAME_JOINS - {"and"}) < seg


#: words that only qualify a body's kind at the head of its name ('National Institute (of …)', 'U.S. Centers (for
#: …)'): a head of these and a kind names no body
_KIND_QUALIFIERS = {"national", "federal", "international", "royal", "state", "central", "general", "joint",
                    "special", "permanent", "select", "standing", "regional", "global", "world", "united", "public",
                    "the"}


def _bare_kind(head: str) -> bool:
    """Whether a name's head phrase says only what kind of body the name is, so that it names no body ('Centers',
    'U.S. Centers', 'National Institute', 'Department' — of a name cut at its preposition; not 'Federal Reserve
    Bank', 'Senate Committee')."""
    words = head.split()
    if not words or not _kind_word(words[-1]) or not words[-1][:1].isupper():
        return False
    return all(re.fullmatch(r"(?:[A-Z]\.){2,}|[A-Z]{2}", w) or w.lower() in _KIND_QUALIFIERS for w in words[:-1])


def _governed_place(actor: str) -> str:
    """The place a government is named by, as headlines name it ('the Government of Tarnland' → 'Tarnland'); ""
    for another actor."""
    m = re.fullmatch(r"(?:[Tt]he\s+)?(?:[A-Z][a-z]+\s+)?Government\s+of\s+(?:the\s+)?((?:[A-Z][\w’'.-]*\s*){1,3})",
                     actor)
    place = m.group(1).strip() if m else ""
    return "" if set(place.split()) & {"National", "Unity", "Accord", "Transition", "Salvation"} else place  # (a
    # government's own name, 'Government of National Unity', names no place)


def _head_phrase(actor: str) -> str:
    """The noun phrase an actor starts with, before its first preposition ('Residents of the coastal towns' →
    'Residents'); a count of counts whole ('Tens of thousands of fans' → 'Tens of thousands')."""
    count = _COUNT_OF_COUNTS.match(actor) or _PARTITIVE_HEAD.match(actor)
    if count:
        return count.group(0)
    head = re.split(r"\s+(?:of|for|from|with|in|at|on|as|across|around|near|outside|inside)\s+", actor)[0]
    ing = re.fullmatch(r"(.+\s)?(\S+)\s+([a-z]+ing)", head)  # 'a citizen residing (in …)': the participle goes
    return ing.group(0)[: ing.start(3)].strip() if ing and "VERB" in _lemmas(ing.group(3)) \
        and "NOUN" in _lemmas(ing.group(2).lower()) else head  # (not 'Congressional earmarking': a noun)


#: last words of a body's name that say its kind, which a headline keeps with the name's first word
_BODY_KINDS = {"committee", "subcommittee", "department", "agency", "ministry", "commission", "council", "court",
               "board", "office", "bureau", "administration", "authority", "service", "panel", "caucus"}


def _body_kind(actor: str) -> str:
    """A long name of a body as a headline shortens it: its first word and its kind, with the words after the kind
    ('Senate Foreign Relations Committee' → 'Senate committee'; 'Bipartisan Senate Agriculture and Forestry
    Committee leaders' → 'Senate committee leaders'); "" for a name of fewer than four words or without a kind."""
    words = actor.split()
    b = max((n for n, w in enumerate(words) if w.lower() in _BODY_KINDS), default=-1)
    f = next((n for n, w in enumerate(words[:b]) if w[:1].isupper() and not _adjective(w)), b)
    if len(words) < 4 or b - f < 2 or not all(w[:1].isupper() or w in {"and", "&", "of", "on"} for w in words[f:b]) \
            or words[b + 1 : b + 2] in (["on"], ["of"], ["for"]) \
            or any(re.sub(r"[’']s$", "", w.lower()) in _BODY_KINDS for w in words[f:b]):  # (the kind's own name:
        # 'Commission on Trade'; two bodies: 'Finance Committee and Budget Office')
        return ""
    rest = [w.lower() if w[:1].isupper() and "NOUN" in _lemmas(w.lower()) else w for w in words[b + 1 :]]
    return " ".join([words[f], words[b].lower(), *rest])


def _surname_list(actor: str) -> str:
    """A list of persons by their surnames, as a headline names them when space is short ('Senators Dan Poe and Ann
    Lee and Governor Jo Ray' → 'Poe, Lee and Ray'); "" when the actor lists no persons (or names a body among them:
    'Acme Corp. and the Lee Foundation')."""
    parts = [p.strip() for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", actor) if p.strip()]
    if len(parts) < 2 or len(parts) > 5:
        return ""
    names = []
    for part in parts:
        words = part.split()
        if not all(w[:1].isupper() for w in words) or len(words) > 5 \
                or {w.lower().strip(".,") for w in words} & (_GENERIC_ORG | _GENERIC_HEADS) \
                or not re.fullmatch(r"[A-Z][a-z][\w’'-]*", words[-1]) \
                or _lemmas(words[-1].lower()) and len(words) == 1 or _adjective(words[-1]):  # ('Strategic and
            # Economic Forum': modifiers of one name, no persons)
            return ""
        names.append(words[-1])
    return ", ".join(names[:-1]) + " and " + names[-1]


#: the body a speaker's office names before it ('UEFA Director Jane Roe', 'Treasury Secretary Dan Poe')
_BODY_ROLE = re.compile(r"\b(?P<body>[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*|[A-Z][a-z]+)\s+(?:Secretary|Minister|Director|"
                        r"Administrator|Commissioner|Chairman|Chairwoman|Chair|spokesman|spokeswoman|spokesperson)\s+"
                        r"(?:[A-Z][\w.’'-]*\s+){1,3}(?:said|says|announced|announces|told|added|stated|noted)\b")


def _body_of_speaker(text: str, verb_start: int, actor: str) -> str:
    """The body a speaker's office names when the actor is only its kind ('the department', 'the agency'): 'Treasury
    Secretary Dan Poe said the department will sell …' → 'Treasury'; ``actor`` otherwise."""
    if actor.lower() not in _GENERIC_ORG | _GENERIC_HEADS:
        return actor
    line = text[max(0, verb_start - 250) : verb_start]
    ends = list(_SENTENCE_END.finditer(line))
    found = list(_BODY_ROLE.finditer(line, ends[-1].end() if ends else 0))
    body = found[-1].group("body") if found else ""
    fits = body.isupper() or actor.lower() in {"department", "ministry"}  # 'Treasury' is a department, not an agency
    return body if body and fits and body.lower() not in _GENERIC_ORG | _GENERIC_HEADS | _ROLE_WORDS else actor


def _first_name(name: str) -> bool:
    """Whether a name reads as a person's first name and surname, so that the surname may stand for it: two or
    three capitalised words (:func:`_is_person`) whose first is no dictionary word nor abbreviation ('Ned Ormsby',
    'Vera Tolliver'; not 'U.S. Federal Reserve', 'Emergency Housing Support')."""
    first = name.split()[0] if name.split() else ""
    return _is_person(name) and first.isalpha() and not first.isupper() and not _lemmas(first.lower())


def _fitted(actors: list[str], verbs: Callable[[str], list[str]], tail: list[str], plain: list[str],
            heads: set[str]) -> str:
    """The title cut to fit (:func:`_fit`) with the first actor form that leaves a word of the tail, or with the
    actor's name or head noun phrase (``heads``: 'House' of 'House of Representatives') when that keeps more of
    what was done ('House votes to place tax on bonuses' rather than 'House of Representatives votes to place
    tax'); "" when no cut keeps a word of the tail."""
    best, kept = "", -1
    short = _abbreviated(tail)
    compact, spans = _compact_spans(tail)
    for a in actors:
        if best and a not in heads:
            continue
        for t in (tail, plain, _surnames(tail)):  # (persons by their surname when nothing else fits)
            title = _purpose_kept(_fit([a, *verbs(a), *t], MAX_TITLE), [a, *verbs(a), *t])
            n = len(title.split()) - len(a.split()) - len(verbs(a))
            if t is tail and a == actors[0] and compact != tail:  # the first actor's words in compact grammar
                tight = _purpose_kept(_fit([a, *verbs(a), *compact], MAX_TITLE), [a, *verbs(a), *compact])
                m = len(tight.split()) - len(a.split()) - len(verbs(a))  # ('says officials investigating
                title, n = (tight, sum(spans[:m])) if m > 0 and sum(spans[:m]) > n else (title, n)  # cases in Leeds')
            if short != tail and t is tail:  # 'asks NRSB for answers' rather than 'asks National Roads Safety Board'
                brief = _purpose_kept(_fit([a, *verbs(a), *short], MAX_TITLE), [a, *verbs(a), *short])
                m = len(brief.split()) - len(a.split()) - len(verbs(a))
                covered = m + (len(tail) - len(short) if m >= len(short) else _expanded(short[:max(0, m)], tail))
                title, n = (brief, covered) if covered > n else (title, n)
            if (n > 0 or title and not t) and n > kept:
                best, kept = title, n
                break
    return best


def _expanded(head: list[str], tail: list[str]) -> int:
    """How many words of ``tail`` the first words ``head`` of its :func:`_abbreviated` form stand for."""
    n = i = 0
    for w in head:
        if i < len(tail) and tail[i] == w:
            n, i = n + 1, i + 1
            continue
        j = i
        while j < len(tail) and (tail[j][:1].isupper() or tail[j] in {"of", "on", "for", "and", "&"}):
            j += 1
        n, i = n + (j - i), j
    return n


#: verbs whose infinitive needs more than an object ('to make X the issue', 'to have X done'): no cut before 'of'
_LIGHT_INFINITIVE = {"make", "have", "get", "take", "let", "keep", "put", "set", "give", "do", "see", "find"}


def _purpose_kept(title: str, words: list[str]) -> str:
    """``title`` (``words`` cut to fit) or, when the cut dropped a purpose infinitive with its object ('holds
    minute of silence | to mark the tenth anniversary of …'), the cut before that object's ``of`` phrase that keeps
    it ('Club holds minute of silence to mark tenth anniversary'); not for an infinitive that needs more than
    an object ('to make X's handling | of … the central issue')."""
    joined = " ".join(words)
    rest = joined[len(title) :].split() if joined.startswith(title) else []
    if len(rest) < 4 or rest[0].lower() != "to" or rest[1].lower() in _LIGHT_INFINITIVE \
            or rest[1].lower() not in _lemmas(rest[1].lower()).get("VERB", ()):
        return title
    longer = _fit(words, MAX_TITLE, of=True)
    last = longer.split()[-1] if longer else ""
    return longer if longer.startswith(title + " to ") and len(longer.split()) >= len(title.split()) + 3 \
        and not last.endswith(("’s", "'s")) and last.lower() not in _PARTITIVE else title


#: nouns that say how much of what their 'of' phrase names ('another round (of bonuses)'): no end of a title
_PARTITIVE = {"round", "rounds", "number", "series", "part", "half", "lot", "lots", "group", "range", "host",
              "couple", "pair", "set", "wave", "string", "batch", "kind", "type", "amount", "share", "portion",
              "majority", "minority", "percent", "bulk", "rest", "total", "sum", "piece", "bit", "handful", "dozens",
              "hundreds", "thousands", "millions", "billions", "tons", "slew", "raft", "spate", "flurry"}


def _abbreviated(tail: list[str]) -> list[str]:
    """A tail whose names of three or more words are written as the acronym the article gives them ('asks National
    Roads Safety Board for …' → 'asks NRSB for …', :func:`_acronym_of`); the tail unchanged when it names none."""
    out: list[str] = []
    i = 0
    while i < len(tail):
        j = i
        while j < len(tail) and (tail[j][:1].isupper() or j > i and tail[j] in {"of", "on", "for", "and", "&"}):
            j += 1
        while j > i and not tail[j - 1][:1].isupper():
            j -= 1
        short = _acronym_of(" ".join(tail[i:j])) if j - i >= 3 else ""
        out.extend([short] if short else tail[i : max(j, i + 1)])
        i = max(j, i + 1)
    return out


#: lower-case words for one a court or the police deals with, which name a person before the name
_CHARGED = {"suspect", "defendant", "accused", "fugitive", "inmate", "prisoner", "detainee"}


def _surnames(tail: list[str]) -> list[str]:
    """A tail whose persons named with their office are named by their surname alone, as headlines do when space is
    short ('Treasury Secretary Jane Doe' → 'Doe'); the tail unchanged when it names none."""
    return _surname_spans(tail)[0]


def _opens_name_phrase(words: list[str], i: int) -> bool:
    """Whether the name at ``words[i]`` opens a noun phrase of its own, after a preposition or a verb (not after a
    modifier: 'former', 'chief')."""
    prev = words[i - 1].lower() if i > 0 else ""
    return prev in _PHRASE_START | _MORE_STARTS | {"of"} or "VERB" in _lemmas(prev) and "ADJ" not in _lemmas(prev)


#: a surname as news writes a person after the first mention: after an honorific or a title, or before a verb of
#: saying
_SURNAME_USE = r"(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof)\.?\s+%s\b|(?<!\w)%s\s+(?:said|says|told|" \
               r"added|adds|wrote|asked|stated|noted|explained|argued|insisted)\b)"


@functools.lru_cache(maxsize=256)
def _called_by_surname(text: str, name: str) -> bool:
    """Whether ``text`` calls the person ``name`` by the surname alone, as news does after the first mention ('Mr.
    Roe', 'Roe said'; not after another capitalised word: 'Jane Roe said')."""
    last = re.escape(name.split()[-1])
    for m in re.finditer(_SURNAME_USE % (last, last), text):
        before = text[max(0, m.start() - 40) : m.start()].split()
        if m.group(0)[:1].isupper() and before and before[-1][:1].isupper() and before[-1][-1:] not in ".!?\"”":
            continue  # 'Jane Roe said', 'Acme AG said': a longer name
        return True
    return False


#: words that join the capitalised words of one name ('Office of Harbor Planning', 'Centers for Harbor Safety and
#: Prevention', 'Strategic and Economic Forum')
_NAME_JOINS = {"of", "for", "and", "&", "on"}


#: words that head the name of a place before 'of' ('Commonwealth of …', 'Gulf of …')
_PLACE_HEADS = {"commonwealth", "state", "province", "territory", "gulf", "strait", "bay", "isle", "island", "port",
                "fort", "lake", "mount", "cape", "district", "university", "college", "school", "city", "county"}


def _name_head(word: str) -> bool:
    """Whether a capitalised word before 'of' or 'for' can head a name ('Office', 'Secretary', 'Centers', 'Gulf' of a
    place, a word no dictionary has); not a common word capitalised where a sentence starts ('Dozens (of)')."""
    w = word.lower().strip(".,’'")
    return _kind_word(word) or w in _ROLE_WORDS | _BODY_KINDS | _PLACE_HEADS or not _lemmas(w) or word.isupper()


def _name_run_start(words: list[str], i: int, joins: frozenset[str] | set[str] = _NAME_JOINS) -> int:
    """Where the name that ``words[i]`` (a capitalised word) belongs to starts: back over joining words
    (``joins``, a 'the' after one) between capitalised words ('Office of (the) Harbor Planning'); ``i`` when
    no capitalised word joins it from before."""
    k = i
    while k >= 2:
        j = k - 1
        if words[j].lower() == "the" and j >= 2:
            j -= 1
        if words[j].lower() not in joins or not re.fullmatch(r"[A-Z][\w.’'&-]*", words[j - 1]) \
                or words[j - 1].lower() in _STOPWORDS_CAP or not _name_head(words[j - 1]):
            break
        k = j - 1
        while k > 0 and re.fullmatch(r"[A-Z][\w.’'&-]*", words[k - 1]) and words[k - 1].lower() not in _STOPWORDS_CAP:
            k -= 1
    return k


def _surname_spans(tail: list[str], *, inner: bool = False) -> tuple[list[str], list[int]]:
    """:func:`_surnames` of ``tail``, with how many words of ``tail`` each of its words stands for (with ``inner``,
    only names after a lower-case word: 'meets Chief Justice Jane Roe', not the subject 'Former CEO Jane Roe')."""
    out: list[str] = []
    spans: list[int] = []
    i = 0
    while i < len(tail):
        j = i
        while j < len(tail) and tail[j][:1].isupper() and re.fullmatch(r"[\w.’'-]+", tail[j]):
            j += 1
        run = " ".join(tail[i:j])
        name = _name_of(run) if j - i >= 3 else run
        whole = _name_run_start(tail, i, _NAME_JOINS - {"and"}) if i < j else i  # ('Jane Roe and John Doe': two)
        if whole == i and i >= 2 and tail[i - 1] in {"and", "&"} and tail[i - 2].lower().strip(".,") in _ROLE_WORDS:
            whole = i - 2  # two offices of one person: 'Acme President and CEO Jane Roe'
            while whole > 0 and re.fullmatch(r"[A-Z][\w.’'-]*", tail[whole - 1]):
                whole -= 1
            whole = _name_run_start(tail, whole, _NAME_JOINS - {"and"})  # ('Acme Group of Tarn President and …')
        if whole < i and out[len(out) - (i - whole):] == tail[whole:i] and spans[len(out) - (i - whole):] == \
                [1] * (i - whole) and name != run and (_is_person(name) or name == tail[j - 1]) \
                and not run.split()[-1].endswith(".") and not (inner and whole and not _opens_name_phrase(tail, whole)):
            del out[len(out) - (i - whole):], spans[len(spans) - (i - whole):]  # 'Office of Harbor
            extra = 0
            if out and out[-1].lower() in {"former", "then", "outgoing", "retired", "late"} and spans[-1] == 1:
                out.pop(), spans.pop()  # ('former Acme President and CEO Jane Roe': 'Roe', not 'former Roe')
                extra = 1
            out.append(name.split()[-1])  # Planning Director Jane Roe' → 'Roe', never 'Office of Roe' (also the
            # subject: 'Secretary of Labor Jane Roe visits …' → 'Roe visits …')
            spans.append(j - whole + extra)
            i = j
            continue
        if whole < i:
            out.extend(tail[i : max(j, i + 1)])  # the end of a longer name ('Secretary of Defense Jane Roe'
            spans.extend([1] * (max(j, i + 1) - i))  # when no person ends it): whole
            i = max(j, i + 1)
            continue
        if j - i == 2 and i > 0 and tail[i - 1].lower() in _CHARGED and _first_name(run):
            name = tail[j - 1]  # 'bombing suspect Jane Roe' → 'bombing suspect Roe': a lower-case role before it
        elif inner and 2 <= j - i <= 3 and _first_name(run) and _called_by_surname(_ARTICLE_TEXT.get(), run):
            name = tail[j - 1]  # 'meets Jane Roe' ('Roe said' in the article): 'meets Roe'
        if name != run and (_is_person(name) or name == tail[j - 1]) and not run.split()[-1].endswith(".") \
                and not (inner and not _opens_name_phrase(tail, i)):
            out.append(name.split()[-1])
            spans.append(j - i)
            i = j
            continue
        out.extend(tail[i : max(j, i + 1)])
        spans.extend([1] * (max(j, i + 1) - i))
        i = max(j, i + 1)
    return out, spans


#: periods after 'the following' ('the following day'), where 'following' says when and stays
_PERIOD_NOUNS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "morning", "afternoon", "evening",
                 "night", "season", "weekend", "quarter"}
#: nouns of a statement made: 'made a statement in response to X' is 'responds to X'
_STATEMENTS = {"statement", "comment", "comments", "remark", "remarks"}
#: words saying what kind of statement it is ('issued a joint statement'), which leave it a statement
_STATEMENT_KINDS = {"joint", "brief", "written", "short", "formal", "official", "separate", "public"}
#: verbs that make a statement noun their object: 'issued a statement on X' is 'comments on X'
_STATEMENT_VERBS = {"make", "issue", "release"}


def _light_statement(lemma: str, written: str, tail: list[str]) -> tuple[str, str, list[str]]:
    """'made a statement in reply to the ruling' → ``respond``, 'to ruling'; 'made the following remarks about
    reports that …' → ``comment``, 'about reports that …'; else unchanged."""
    lead = 1 if tail[:1] and tail[0].lower() == "following" else 0
    if lemma not in _STATEMENT_VERBS or len(tail) <= lead or tail[lead].lower() not in _STATEMENTS:
        return lemma, written, tail
    rest = tail[lead + 1 :]
    rest = rest[1:] if rest[:1] and rest[0].lower() in {"below", "above", "here"} else rest
    if len(rest) > 1 and rest[0].lower() in {"following", "after"}:  # 'the statement below following the ruling'
        return "respond", "respond", ["to", *rest[1:]]
    if len(rest) > 2 and rest[0].lower() == "in" and rest[1].lower() in {"response", "reply"} and rest[2] == "to":
        return "respond", "respond", rest[2:]
    if rest and rest[0].lower() in {"on", "about"}:
        return "comment", "comment", rest
    return lemma, written, tail


#: what a statement is issued on: 'on', 'about', 'regarding', 'concerning', 'in response to', 'in reply to'
_STATEMENT_ON = re.compile(r"(?:on|about|regarding|concerning|over|in\s+(?:response|reply)\s+to)\s", re.I)


def _issued_statement(lemma: str, tail: list[str]) -> list[str]:
    """What follows the verb of a release that issues a statement on something, as a headline says it (the same
    words as :func:`statement_title`): 'issued this statement on the court ruling', 'released a statement
    in reply to the strike' → 'statement on court ruling', 'statement on strike'; [] when the verb's object is no
    statement ('comments', 'remarks' stay :func:`_light_statement`'s) or it says on nothing."""
    if lemma not in _STATEMENT_VERBS:
        return []
    at = next((i for i, w in enumerate(tail[:3]) if w.lower() not in {"following", "this", "a", "the"} | _STATEMENT_KINDS),
              len(tail))
    if at >= len(tail) or tail[at].lower() != "statement":
        return []
    rest = tail[at + 1 :]
    rest = rest[1:] if rest[:1] and rest[0].lower() in {"below", "above", "here"} else rest
    on = _STATEMENT_ON.match(" ".join(rest) + " ")
    if not on:
        return []
    skip = len(on.group(0).split())
    return ["statement", "on", *rest[skip:]] if len(rest) > skip else []


def _topic_kept(actor: str, tail: list[str], title: str) -> str:
    """A statement's title as a release's headline gives it, the speaker and what the statement is on ('Roe on
    club's decision to sell its training ground'), when 'issues statement on …' (``title``, made from ``tail``)
    cuts at least three more words of what it is on; ``title`` otherwise."""
    at = next((i for i, w in enumerate(tail[:3]) if w.lower() in {"statement", "statements"}), -1)
    if at < 0 or tail[at + 1 : at + 2] != ["on"] or not actor:
        return title
    topic = tail[at + 2 :]
    said = title.split()
    on = next((n + 1 for n in range(len(said) - 1) if said[n].lower() in {"statement", "statements"}
               and said[n + 1] == "on"), len(said) - 1)
    best, most = title, len(said) - 1 - on + 2  # (at least three more words of what it is on)
    for who in dict.fromkeys((actor, _name_of(actor), _name_of(actor).split()[-1])):
        plain = [w for i, w in enumerate(topic) if not ("-" in w[1:-1] and i + 1 < len(topic) and w[:1].islower())]
        for words in (topic, _surnames(topic), plain):  # (as _assemble, without a hyphened modifier when short)
            short = _fit([who, "on", *words], MAX_TITLE)
            n = len(short.split()) - len(who.split()) - 1
            if n > most:
                best, most = short, n
    return best


#: 'made it (very) clear (on Monday) that': a saying, whose content is the 'that' clause
_MADE_CLEAR = re.compile(r"\s+it\s+(?:\w+ly\s+|very\s+)?(?:clear|plain|known)\b[^,;:]{0,30}?\bthat\s+", re.I)
#: a statement made after a reported clause: 'issued a statement on Monday after the club sold its ground'
_STATEMENT_AFTER = re.compile(r"\s+(?:the\s+|a\s+)?(?:following\s+)?(?:(?:%s)\s+)?(?:statement|comments?|remarks?)"
                              r"(?:\s+(?:below|above|here))?(?:\s+[\w’']+){0,2}?\s+(?:after|following)\s+(?=\S)"
                              % "|".join(sorted(_STATEMENT_KINDS)))


def _statement_after(text: str, clause: Clause, verb: tuple[int, int], actor: str) -> str:
    """'The senator issued a statement on Monday after the club sold its training ground': the statement is
    titled with the news it follows, with who made it when both fit ('Senator responds after club sells training
    ground') and else the news alone ('Club sells training ground'); "" when what follows is no clause with its
    own subject and verb (a noun phrase is :func:`_light_statement`'s 'responds to')."""
    after = _STATEMENT_AFTER.match(text, verb[1], clause.end)
    if not after or not actor:
        return ""
    start = after.end()
    stop = _SENTENCE_END.search(text, start)  # the clause may end at an acronym in brackets: 'the league (NFL) fined'
    end = max(clause.end, stop.start() if stop else len(text))
    when = _TIME_WORDS.search(text, start, end)  # 'after the club sold its ground this morning'
    at = (when.start() + len(when.group(0)) - len(when.group(0).lstrip()), when.end()) if when else (start, start)
    inner = analyse(text, start, end, *at)
    if inner.verb == (0, 0) or inner.verb_form not in {"past", "present", "perfect", "passive"} \
            or not re.search(r"[A-Za-z]", text[start : inner.verb[0]]):
        return ""
    news = make_title(text, inner, *at)
    if news == FALLBACK_TITLE or len(news.split()) < 3:
        return ""
    named = re.search(r"(?<![\w’'])" + re.escape(news.split()[0]) + r"(?![\w’'])", text[start:end])
    news = news if named else news[:1].lower() + news[1:]  # a name keeps its capital, where it stands in the text
    for who in dict.fromkeys((actor, _name_of(actor), _name_of(actor).split()[-1])):
        whole = f"{who} {'respond' if _plural_actor(who) else 'responds'} after {news}"  # 'Two clubs respond
        if len(whole) <= MAX_TITLE:
            return whole
    return news


def _commented_news(text: str, clause: Clause, verb: tuple[int, int], actor: str) -> str:
    """'The senator today made the following remarks about reports that Acme plans to cut 500 jobs': a comment on news
    titled with the news it is on ('Senator comments about reports that Acme plans to cut 500 jobs'), or when both do not
    fit one title the news alone, which is what the headline tells ('Acme plans to cut 500 jobs'); "" when the
    comment is on no reported clause."""
    that = re.match(r"\s+(?:\w+\s+){0,5}?(on|about|in\s+(?:response|reply)\s+to)\s+(?:the\s+)?"
                    r"(?:news|reports?|word|announcement|disclosure)\s+that\s+", text[verb[1] : clause.end])
    if not actor:
        return ""
    if not that:
        return _commented_act(text, clause, verb, actor)
    start = verb[1] + that.end()
    stop = _SENTENCE_END.search(text, start)  # the clause may end at a name's acronym in brackets: 'Acme (AM) will'
    end = max(clause.end, stop.start() if stop else len(text))
    text = text[:start] + _ACRONYM_BRACKET.sub(lambda m: " " * len(m.group(0)), text[start:end]) + text[end:]
    inner = analyse(text, start, end, start, start)  # no date inside: the clause is titled from its start
    if inner.verb == (0, 0):
        return ""
    news = make_title(text, inner, start, start)
    if news == FALLBACK_TITLE or len(news.split()) < 3 or news.split()[0].lower() in _GENERIC_ORG | _GENERIC_HEADS:
        return ""  # not 'Group plans to …' for a long name cut to its kind
    noun = that.group(0).split()[-2]
    says = "responds to" if that.group(1).lower().startswith("in") else "comments on"
    whole = f"{actor} {says} {noun} that {news[:1].lower() + news[1:] if _lemmas(news.split()[0].lower()) else news}"
    return whole if len(whole) <= MAX_TITLE else news


#: a name's acronym in brackets ('Acme Motors (AM)'), left out of a clause read for its title
_ACRONYM_BRACKET = re.compile(r"(?<=[A-Za-z.])\s*\((?:[A-Z][A-Za-z&.]{0,3}[A-Z]|[A-Z]{2,8})\)")
#: a comment on a named actor's act told as a gerund: 'in response to Governor Lee signing (the declaration)'
_COMMENTED_ACT = re.compile(r"\s+(?:\w+\s+){0,5}?(?:on|about|regarding|in\s+(?:response|reply)\s+to)\s+"
                            r"(?P<who>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*)\s+(?P<act>[a-z]+ing)\s+(?=\S)")


def _commented_act(text: str, clause: Clause, verb: tuple[int, int], actor: str) -> str:
    """'The senator issued a statement in response to Governor Lee signing the drought declaration': a comment on
    a named actor's act, told as a gerund, titled with that act ('Lee signs drought declaration') when the comment
    and the act with its object do not fit one title; "" when they do (the statement's own title holds the act) or
    the comment is on no such act."""
    m = _COMMENTED_ACT.match(text, verb[1], clause.end + 1)
    word = m.group("act") if m else ""
    lemmas = [v for v in _lemmas(word).get("VERB", ()) if word in verb_forms(v).get("VBG", ())]
    if not lemmas or not _name_of(m.group("who")):
        return ""
    stop = _SENTENCE_END.search(text, m.end())
    rest = text[m.end() : stop.start() if stop else len(text)]
    past = (verb_forms(lemmas[0]).get("VBD") or (lemmas[0] + "ed",))[0]
    told = f"{m.group('who')} {past} {rest}."  # the act as a sentence of its own: 'Governor Lee signed the …'
    inner = analyse(told, 0, len(told), 0, 0)
    if inner.verb == (0, 0) or inner.verb_lemma != lemmas[0]:
        return ""
    news = make_title(told, inner, 0, 0)
    if news == FALLBACK_TITLE or len(news.split()) < 3:
        return ""
    named = _role_surname(actor) or actor  # the person as a title names them ('Senator Roe' of 'U.S. Senator Jane Roe')
    whole = _fit([*named.split(), "issues", "statement", "on", *m.group("who").split(), word, *rest.split()],
                 MAX_TITLE).split()
    return "" if word in whole[:-1] else news  # ('issues statement on Acme paying bonuses': the act's object fits)


#: verbs of a speech act whose '-ing' form after a statement says what the statement does ('issued a statement
#: calling for a ban', 'released a statement urging the board to resign')
_STATEMENT_ACTS = {"call", "urge", "say", "condemn", "praise", "welcome", "demand", "applaud", "ask", "commend",
                   "criticize", "criticise", "denounce", "decry", "congratulate", "thank", "pledge", "vow", "warn",
                   "reaffirm", "mourn", "honor", "honour", "oppose", "reject", "endorse", "request", "announce",
                   "express", "reiterate", "question", "blast", "slam", "support", "back"}
#: a statement issued, then the '-ing' form of what it does: 'the following statement (today) calling for …'
_STATEMENT_ACT = re.compile(r"\s+(?:(?:a|an|the|this|his|her|its|their)\s+)?(?:following\s+)?(?:(?:%s)\s+)?statement"
                            r"(?:\s+(?:below|above|here))?(?P<gap>[^,;:.!?]{0,40}?)\s*,?\s+(?P<act>[a-z]+ing)\s+(?=\w)"
                            % "|".join(sorted(_STATEMENT_KINDS)))


def _statement_act(text: str, clause: Clause, verb: tuple[int, int], actor: str, date: tuple[int, int]) -> str:
    """'The senator issued the following statement today calling for a travel ban': a statement titled with the
    speech act its '-ing' phrase states, as a headline tells it ('Senator calls for travel ban'; 'saying …' is
    what was said: 'Agency says flights will be normal'); "" when no such phrase follows the statement (between
    them only the date or a day word), its verb is no speech act (:data:`_STATEMENT_ACTS`: not 'regarding',
    'following') or too little of what it does is left."""
    m = _STATEMENT_ACT.match(text, verb[1], clause.end + 1)
    if not m or not actor:
        return ""
    gap = m.group("gap")
    words = [w.lower() for w in re.findall(r"[\w’']+", gap)]
    dated = m.start("gap") < date[1] and date[0] < m.end("gap")
    if words and not dated and not all(w in _DAY_ADVERBS | {"this", "morning", "afternoon", "evening"} for w in words):
        return ""
    word = m.group("act")
    lemmas = [v for v in _lemmas(word).get("VERB", ()) if v in _STATEMENT_ACTS and word in verb_forms(v).get("VBG", ())]
    if not lemmas:
        return ""
    start = m.end()
    if lemmas[0] == "say":
        that = re.match(r"that\s+(?=\w)", text[start:])
        start += that.end() if that else 0
    stop = _SENTENCE_END.search(text, start)  # the clause may end at an acronym in brackets: 'the Agency (HA) Director'
    whole = dataclasses.replace(clause, end=max(clause.end, stop.start() if stop else len(text)))
    tail = _tail(text, whole, start, date, after_verb=True)
    if lemmas[0] == "say":
        tail = _reported_present(_perfect_as_past(tail))
        title = _assemble(actor, _saying("say"), tail) if len(tail) >= 2 else ""
        return title if _has_verb(_after(title, "say")) else ""
    past = (verb_forms(lemmas[0]).get("VBD") or (lemmas[0] + "ed",))[0]
    title = _assemble(actor, _verb_words(text, lemmas[0], "past", past, None, None, ""), tail) if tail else ""
    return title if len(title.split()) >= len(actor.split()) + 2 else ""


#: occasions one makes or misses ('did not make the rally' is 'misses rally'; not 'did not make a statement')
_OCCASIONS = {"rally", "meeting", "summit", "ceremony", "debate", "deadline", "flight", "plane", "train", "game",
              "match", "final", "event", "session", "hearing", "funeral", "trip", "conference", "briefing",
              "appointment", "parade", "cut", "playoffs", "start", "launch", "dinner", "wedding", "vote"}


def _missed(lemma: str, form: str, negation: re.Match, tail: list[str]) -> bool:
    """Whether a negated past *make* is missing an occasion (*did not make the team dinner*: ``tail`` is what
    follows the verb); a headline says *misses*, which keeps the negation in one word."""
    if lemma != "make" or form != "past" or negation.group(0).lower().startswith("never"):
        return False
    phrase = list(itertools.takewhile(lambda w: w.lower() not in _PHRASE_START, tail))
    return bool(phrase) and phrase[-1].lower() in _OCCASIONS


#: a frame of certainty before a reported content ('said (on Monday) (that) there is no doubt (that) …', 'it is
#: clear that …'): the content is what is not doubted
_CERTAINTY = re.compile(r"[^,;:.!?]{0,40}?(?:\bthat\s+)?\b(?:there\s+(?:is|was|can\s+be)\s+(?:no|little|not\s+any)\s+"
                        r"(?:doubt|question)|it\s+(?:is|was)\s+(?:clear|certain|obvious|evident|beyond\s+doubt))\s+"
                        r"(?:that\s+)?(?!(?:about|in|of|on|over|as|to|for|whatsoever|now)\b)(?=\w)", re.I)


#: the press as the audience of a verb of telling ('told reporters', 'told city hall reporters there', 'told the
#: press'): news names the press as the channel its words came by, not as the act: what was told is the news, as
#: after *said* ('A spokesman told reporters on Monday that the port had reopened': 'Spokesman says port reopened')
_PRESS_AUDIENCE = re.compile(r"\s+(?:(?:the|a|an|some|several|visiting|foreign|local)\s+)?(?:[A-Z][\w’'.&-]*\s+){0,3}"
                             r"(?:reporters|journalists|newsmen|correspondents|press|media|newspapers?|"
                             r"press\s+corps)(?:\s+(?:here|there))?(?=[\s,])(?!\s+(?:and|or)\s)")


def _press_told(text: str, verb: tuple[int, int], lemma: str) -> int:
    """The end of a press audience (:data:`_PRESS_AUDIENCE`) right after a verb of telling, or 0 when the verb is no
    *tell* or tells someone else ('told lawmakers', 'told the board': whom it told may be the news)."""
    m = _PRESS_AUDIENCE.match(text, verb[1]) if lemma == "tell" else None
    return m.end() if m else 0


def _report_title(text: str, clause: Clause, verb: tuple[int, int], lemma: str, date: tuple[int, int]) -> str:
    """'The regulator said Friday that prices were high': 'Regulator says prices were high'; what was announced
    ('Roe announces partial mobilisation'); a content too long loses the phrase after its subject's head ('The
    ministry has claimed that the case count from the outbreak could be well over twenty thousand' → 'Ministry claims
    case count could be well over twenty thousand'); a negated one keeps its negation ('did not announce a decision' →
    'Regulator does not announce decision'); else the actor and the verb alone ('Tolliver warns'). Telling the press
    is saying (:func:`_press_told`)."""
    press = _press_told(text, verb, lemma)
    if press:
        verb, lemma = (verb[0], press), "say"
    written = text[verb[0] : verb[1]]
    actor, how = _actor(text, clause, verb[0], date)
    actor = _with_partner(text, clause, verb, actor, date) if how == "" else actor  # 'Roe and Lee say'
    actor = _with_office(text, clause, verb, actor, date) if how == "" else actor  # 'Senator Roe says', as reported
    aside = re.match(r"\s+(?:in|on|at|during|through|via)\s+(?:[\w’'.-]+\s+){1,6}?(?=that\s)",
                     text[verb[1] : clause.end], re.I)  # 'indicated in its filing today that …'
    frame = _CERTAINTY.match(text, verb[1], clause.end)  # 'stated there can be no question that …': the content
    tail = _tail(text, clause, frame.end() if frame else verb[1] + (aside.end() if aside else 0), date)
    content = tail[:1] == ["that"] or bool(frame)
    tail = ["that", *tail] if frame else tail
    tail = _reported_present(_perfect_as_past(tail[1:]) if content else tail)
    not_said = _NEGATION.search(text, max(clause.start, verb[0] - 30), verb[1] - len(written.split()[-1])) \
        if written.split() else None  # 'did not announce a decision': 'Regulator does not announce decision'
    if not_said:
        return _assemble(actor, lambda a: _negated(_saying(lemma)(a), not_said, lemma, _plural_actor(a)), tail) \
            if actor and how == "" and tail else ""
    own = _own_future(actor, tail) if actor and how == "" and lemma != "tell" else ""
    if own:  # 'Acme said on Friday that it would close two plants': 'Acme to close two plants'
        return own
    title = _assemble(actor, _saying(lemma), tail) if actor and how == "" and tail else ""
    if lemma == "tell" and title or _has_verb(_after(title, lemma)):
        return title  # 'Roe tells Ruritanian counterpart'
    if title and not content and tail[0].lower() not in _PHRASE_START \
            and lemma in {"announce", "report", "confirm", "reveal", "acknowledge", "explain", "claim"}:
        return title  # what was announced: 'Roe announces partial mobilisation'; what was claimed: 'Storm claims
        # lives of 12 people', 'Team claims title'
    if title and not content and len(tail) >= 2 and tail[0].lower() in {"of", "about", "against"} \
            and lemma not in {"say", "tell", "add", "note", "state"}:
        return title  # what the warning is of: 'Minister warns of severe fallout', not 'Minister warns'
    v = next((n for n, w in enumerate(tail) if w.lower() in _AUX | {"could", "can", "may", "might", "must", "should"}),
             0)  # the content's own verb group, after its subject
    for starts in (_PHRASE_START - {"and", "or"}, _PHRASE_START - {"and", "or"} | {"of"}):  # an 'of' phrase last
        p = next((n for n in range(1, v) if tail[n].lower() in starts), 0)
        short = _assemble(actor, _saying(lemma), tail[:p] + tail[v:]) if content and actor and how == "" and p else ""
        if _has_verb(_after(short, lemma)):
            return short
    if title and not content and lemma in _ADDRESSED and (tail[0].lower() not in _PHRASE_START or tail[0] == "to"):
        return title  # whom a letter or a warning went to: 'Roe writes (to) agency asking for review', not 'Roe writes'
    told = _content_title(text, clause, verb) if content and not frame else ""
    if told:  # 'Roe announced that staff of two firms, the port and the council will work with the panel'
        return told
    return _bare_report(actor, lemma) if how == "" else ""


def _content_title(text: str, clause: Clause, verb: tuple[int, int]) -> str:
    """The title of what a 'that' clause after a verb of saying tells, read as a clause of its own to the end of
    the sentence (its subject may be a list the headline tail stops at: 'announced that staff of two firms, the
    port and the council will work with the panel' → 'Staff of two firms … to work with panel'); "" when the
    clause has no subject and verb of its own or its title is a stub (fewer than three words)."""
    m = re.compile(r"(?:\s+[\w’'.-]+){0,4}?\s+that\s+(?=\w)").match(text, verb[1], clause.end)
    if not m:
        return ""
    stop = _SENTENCE_STOP.search(text, m.end())
    end = stop.start() if stop else len(text)
    inner = analyse(text, m.end(), end, m.end(), m.end())  # (the clause that opens the content: its main act)
    if inner.verb == (0, 0) or inner.subject == (0, 0) or inner.verb_lemma in _REPORT_LEMMAS:
        return ""
    title = make_title(text, inner, m.end(), m.end())
    words = title.split()
    kept = {v for w in words[:-1] for v in _lemmas(w.lower()).get("VERB", ())}  # the act and what it is done to
    if title == FALLBACK_TITLE or len(words) < 3 or words[0].lower() in _PRONOUN_SUBJECTS_ALL \
            or inner.verb_lemma not in kept and "to" not in words[:-1]:
        return ""  # ('Number of tiles': no act told; 'Task force begins': nothing after it)
    last = words[-1].lower()  # 'None of vaccine manufactured': a participle cut from its phrase is no act told,
    verbs = _lemmas(last).get("VERB", ())  # nor 'Ann Lee says' a saying without what was said
    return "" if any(last in verb_forms(v).get("VBN", ()) or v in _REPORT_LEMMAS for v in verbs) else title


#: verbs of reporting whose object is whom the words were addressed to ('wrote the agency', 'warned consumers')
_ADDRESSED = {"write", "warn", "tweet", "remind", "urge"}


def _bare_report(actor: str, lemma: str) -> str:
    """The actor and the verb alone ('Tolliver warns' rather than 'Tolliver warns enlargement of'); "" for a verb
    of saying, or when it does not fit."""
    short = _name_of(actor)
    bare = f"{short} {_saying(lemma)(short)[0]}" if short else ""
    return bare if actor and lemma not in {"say", "tell", "add", "note", "state"} and len(bare) <= MAX_TITLE else ""


def _person_name(actor: str) -> bool:
    """Whether an actor names a person, whom 'it' never stands for: a first name and a surname (:func:`_first_name`),
    not a body whose name holds two common nouns ('Acme Ports World')."""
    name = _name_of(actor)
    return _first_name(name) and sum("NOUN" in _lemmas(w.lower()) for w in name.split()) < 2


def _own_future(actor: str, said: list[str]) -> str:
    """What a speaker said it will do, as a headline future ('Acme' + 'it will close two plants' → 'Acme to close two
    plants'): the content opens with the pronoun that stands for the speaker (*it* for a body, *he*/*she* for a
    person, *they* for more than one), 'will' or 'would' and a verb (not 'be' or 'have'); "" otherwise."""
    if len(said) < 4 or said[1].lower() not in {"will", "would"}:
        return ""
    pronoun, verb = said[0].lower(), said[2].lower()
    person = _person_name(actor)
    plural = _plural_actor(re.split(r"\s+(?:of|on|for)\s+", actor)[0])
    speaker = pronoun == "it" and not person and not plural or pronoun in {"he", "she"} and person \
        or pronoun == "they" and plural
    if not speaker or verb in {"be", "have", "not", "also", "never"} or verb not in _lemmas(verb).get("VERB", ()):
        return ""
    rest = list(said[3:])
    at = 1 if rest and rest[0].lower() in _PARTICLES else 0
    if len(rest) > at + 1 and rest[at].lower() in _POSSESSIVE:
        del rest[at]  # headline grammar: 'to hand over (its) stake in …'
    return _assemble(actor, ["to", said[2]], rest)


def _perfect_as_past(said: list[str]) -> list[str]:
    """A reported clause whose past perfect lost its *had* (:func:`_tail`) in the simple past, the headline's tense
    for what was done before the saying ('Brightline had hidden information' → 'Brightline hid information'); a
    participle after *be*, *been* or *have* (a passive, a perfect kept) stays."""
    out = list(said)
    for n in range(1, len(out)):
        w = out[n]
        had = out[n - 1].lower() == "had" and n >= 2  # 'they had shot down': 'they shot down'
        if w == "been" and not had and out[n - 1].lower() not in _AUX | {"be", "being", "not", "never", "also"}:
            out[n] = "were" if out[n - 1].lower() in {"they", "we", "you"} or _is_plural(out[n - 1]) else "was"
            return out  # 'the agency had been aware' told without its 'had': 'the agency was aware'
        if not w.isalpha() or not w.islower() or not had and out[n - 1].lower() in _AUX | {
                "be", "been", "being", "get", "got"}:
            continue
        for v in _lemmas(w).get("VERB", ()):
            forms = verb_forms(v)
            if w in forms.get("VBN", ()) and forms.get("VBD") and (had or w not in forms.get("VBD", ())):
                out[n] = forms["VBD"][0]
                return out[: n - 1] + out[n:] if had else out  # only the reported clause's own verb
    return out


def _reported_present(said: list[str]) -> list[str]:
    """A reported clause as the headline present tells it: the first *would* of its verb group is *will* ('said it
    would appeal' → 'says it will appeal'), not in a counterfactual (*would have ended*) nor with a condition."""
    out = list(said)
    at = next((n for n, w in enumerate(out) if w.lower() in _AUX | {"could", "can", "may", "might", "must"}), -1)
    nxt = out[at + 1].lower() if 0 <= at < len(out) - 1 else ""
    if at >= 0 and out[at].lower() == "would" and nxt != "have" and nxt in _lemmas(nxt).get("VERB", ()) + ("be", "not") \
            and not any(w.lower() in {"if", "unless"} for w in out):  # not 'would (have) ended
        out[at] = "will"
    return out


#: adverbs before a verb that change what it states ('nearly collapsed' did not collapse): kept in the title
_DEGREE = re.compile(r"\b(nearly|almost|narrowly|barely|partly|partially)\s+$", re.I)


#: verbs of saying whose content is contested: titled with who says it, whatever its tense
_CONTESTED = {"argue", "claim", "allege", "contend", "insist", "assert", "maintain", "accuse", "charge", "suggest"}


def _addressee(text: str, frame: tuple[int, int, str], date: tuple[int, int]) -> list[str]:
    """Whom a *tell* frame (:func:`_says_form`) tells, when one to three words stand between the verb and a
    prepositional phrase or the reported clause ('told employees in an email on Wednesday that …' → 'employees');
    [] otherwise."""
    if frame[2] != "tell":
        return []
    words: list[str] = []
    for t in tokens(text, frame[0], frame[1])[1:]:
        if _in_date(t, date) or t.lower in _PHRASE_START | {"that", ","} or not t.is_word:
            break
        if words and t.lower.endswith("ed") and "VERB" in _lemmas(t.lower):
            break  # 'told fans affected by the closure that …': the fans, without what describes them
        if t.lower not in {"a", "an", "the"} | _POSSESSIVE:
            words.append(t.word)
    return words if 1 <= len(words) <= 3 else []


def _claim_title(text: str, clause: Clause, verb: tuple[int, int], form: str, date: tuple[int, int]) -> str:
    """'Hale hinted … the bid could be raised', 'The coach told the owner his club was “interested” …': a
    reporting verb framing a claim, a prospect or a state (the clause's ``verb`` in the modal, present or
    progressive, or after *be*) titles who says what; "" when the clause has no such frame."""
    frame = _says_form(text, clause, date)
    state = re.search(r"\b(?:is|are|was|were|be|been)\s+(?:\W*\w+ly\s+|(?:too|so|not)\s+[a-z]+\s+)?\W*$",
                      text[clause.start : verb[0]])  # ('was too early to establish …': a state, not an act)
    if frame and not state and re.search(r"^\W*(?:\w+\W+){0,3}?(?:it|there)\s+(?:is|was|were|are)\b",
                                         text[frame[1] : verb[0]], re.I):
        state = True  # 'said Thursday the board should now decide': a claim, not what was done
    if not frame or not (form in {"modal", "present", "progressive"} or state or frame[2] in _CONTESTED):
        return ""  # 'argued that the bidder had hidden …': a contested claim is never told as what happened
    actor, how = _actor(text, clause, frame[0], date)
    if not actor or how != "":
        return ""
    certain = _CERTAINTY.match(text, frame[1], clause.end)  # 'says there is no doubt (that) …': what is not doubted
    said = _addressee(text, frame, date) + _perfect_as_past(
        _tail(text, clause, certain.end() if certain else frame[1], date, after_verb=True))
    if len(said) > 2 and said[1] in {"was", "were"} and (said[0].lower() in {"it", "there"} or (
            said[2].endswith("ing") and "VERB" in _lemmas(said[2].lower()))):
        said[1] = {"was": "is", "were": "are"}[said[1]]  # headline present: 'says it is time', 'he is ending'
    own = _own_future(actor, _reported_present(said)) if frame[2] != "tell" else ""
    if own:  # 'Acme announced that it would close two plants': 'Acme to close two plants'
        return own
    title = _assemble(actor, _saying(frame[2]), _reported_present(said))
    return title if _has_verb(_after(title, frame[2])) or frame[2] == "tell" and title else ""


#: verbs of informing someone of a fact ('informed the league that …'): what was told goes in the title
_INFORMING = {"inform", "notify", "advise", "assure", "remind", "tell"}


def _told_content(text: str, clause: Clause, verb: tuple[int, int], tail: list[str], date: tuple[int, int]) -> list[str]:
    """Whom a verb of informing told and what, when ``tail`` (the words after the verb) is that addressee alone
    and a 'that' clause follows it ('Acme informed the regulator that a flaw had been found in two plants'
    → 'regulator flaw had been found in two plants'); [] otherwise."""
    m = re.match(r"\s+(?:(?:the|its|their|his|her)\s+)?((?:[\w’'.&-]+\s+){0,3}?[\w’'.&-]+)\s+that\s+",
                 text[verb[1] : clause.end + 400])
    if not m or not tail or " ".join(tail) != " ".join(w for w in m.group(1).split()):
        return []
    start = verb[1] + m.end()
    end = _SENTENCE_END.search(text, start)
    content = _tail(text, dataclasses.replace(clause, end=end.start() if end else len(text)), start, date)
    if len(content) < 2 or content[0].lower() in _PRONOUN_SUBJECTS_ALL - {"it", "they"}:
        return []
    return [*tail, *_reported_present(_perfect_as_past(content))]


def _verb_title(text: str, clause: Clause, date: tuple[int, int]) -> str:
    """Actor + verb + what follows, in headline grammar (see the module docstring): a report's or a claim's title, a
    framed infinitive's, else the actor (:func:`_verb_actor`), what follows the verb (:func:`_verb_tail`) and the
    verb group in headline form (:func:`_verb_words`), or without an actor the object first (:func:`_actorless_title`)."""
    verb, lemma, form = clause.verb, clause.verb_lemma, clause.verb_form
    if verb == (0, 0):
        found = _local_verb(text, clause, date)
        if found is None:
            return ""
        verb, lemma, form = found
    written = text[verb[0] : verb[1]]
    if lemma in _REPORT_LEMMAS and form not in {"passive", "participle", "future"} \
            and not _agent_after(text, verb, date):  # ('will announce': to come; 'announced by': a participle)
        return _report_title(text, clause, verb, lemma, date)
    claimed = _claim_title(text, clause, verb, form, date) if clause.verb != (0, 0) else ""
    if claimed:
        return claimed
    framed = _infinitive_title(text, clause, verb, form, date) if form in {"future", "infinitive"} else None
    if framed is not None:
        return framed
    told = _impersonal_told(text, clause, verb) if form == "passive" and lemma in _REPORT_LEMMAS else ""
    if told:  # 'after it was announced that the club had hired a coach': 'Club hires coach'
        return told
    actor, how, form = _verb_actor(text, clause, verb, form, date)
    actor = _with_partner(text, clause, verb, actor, date) if how == "" else actor  # 'Roe and Lee urge'
    actor = _with_office(text, clause, verb, actor, date) if how == "" else actor
    if actor and how == "" and form == "past" and written.lower() in _SCHEDULED \
            and re.fullmatch(r"\s+(?:for|on)\s+", text[verb[1] : date[0]]) \
            and text[date[1] : date[1] + 1] not in {"'", "’"}:
        actor, form = _scheduled_thing(text, clause, verb, actor), "participle"  # 'a vote on the budget scheduled for'
    way = _on_way(text, clause, verb, actor, date) if form == "infinitive" and actor and how == "" else ""
    if way:
        return way
    if how == "fronted" and form == "past" and (written.endswith(("ed", "en")) or lemma != written.lower()):
        form = "participle"  # 'In the remarks taped on Monday, …': 'Remarks taped'
    if form == "past" and _agent_after(text, verb, date):
        form = "participle"  # 'the first town hit by the storm on May 3': 'First town hit by storm', not 'hits by'
    if form == "past" and actor and how == "" and _governed_subject(text, clause, verb, date):
        form = "participle"  # 'During a forum held on May 3, …': 'Forum held', not 'Forum holds'
    if form == "past" and _participle_only(written.lower()) and not _PERFECT_BEFORE.search(
            text, max(clause.start, verb[0] - 40), verb[0]):
        form = "participle"  # 'the steps taken since May': a form that is never a past tense, with no 'has', has no doer
    clear = _made_clear(text, clause, verb, actor, date) if lemma == "make" and actor and how == "" else ""
    if clear:
        return clear
    saying = _reacted_saying(text, clause, verb, actor, date) if lemma in _REACTING and actor and how == "" else ""
    if saying:
        return saying
    followed = _verb_tail(text, clause, verb, lemma, written, form, actor, how, date)
    if isinstance(followed, str):
        return followed
    lemma, written, tail = followed
    particle = _particle(tail)
    tail = tail[1:] if particle else tail
    if actor and form == "past":  # 'A storm struck and killed 40': 'Storm strikes and kills 40'
        tail = _coordinated_present(tail, " and " in actor or _plural_actor(re.split(r"\s+(?:of|and)\s+", actor)[0]))
    if actor and how == "" and form in {"past", "present", "perfect"} and (not tail or tail[0] in _PHRASE_START):
        named, obj = _contact_object(text, clause, verb[0], actor)  # 'a lawyer Hale appointed to the board'
        obj = obj or _relative_object(text, clause, verb[0])  # 'the report, which the agency released Monday'
        actor, tail = (named, obj + tail) if obj else (actor, tail)
    elif not actor and how == "none" and form in {"past", "present"} and (not tail or tail[0] in _PHRASE_START):
        tail = (_contact_object(text, clause, verb[0], "")[1] or _relative_object(text, clause, verb[0])) + tail
        # 'the tests I ordered': 'Tests ordered'; 'the survey, which we published in May': 'Survey published'
    head_at = verb[1] - len(written.split()[-1]) if written.split() else verb[0]  # the verb group's last word
    negation = _NEGATION.search(text, max(clause.start, verb[0] - 30), head_at)
    if negation and _missed(lemma, form, negation, tail):  # 'did not make the rally': 'misses rally'
        lemma, written, form, negation = "miss", "missed", "past", None
    degree = _DEGREE.search(text, max(clause.start, verb[0] - 12), verb[0])
    if actor and degree:  # 'nearly collapsed' is not 'collapsed'
        actor = re.sub(r"\s+%s$" % degree.group(1), "", actor, flags=re.I)
    if actor:
        words = _verb_words(text, lemma, form, written, degree, negation, particle)
        return _topic_kept(actor, tail, _assemble(actor, words, tail, bare=form in {"passive", "participle"}))
    if how == "none" and form in {"past", "perfect"} and tail and tail[0].lower() in _PHRASE_START \
            and _FIRST_PERSON_BEFORE.search(text, max(clause.start, verb[0] - 40), verb[0]):
        words = _verb_words(text, lemma, "past", written, degree, negation, particle)("speaker")
        title = _fit([*words, *tail], MAX_TITLE)  # 'I have spoken with the coach': 'Speaks with coach'
        return title[:1].upper() + title[1:] if len(title.split()) > len(words) + 1 else ""
    return _actorless_title(lemma, form, written, negation, particle, tail)


#: a first-person 'I' or 'we' (with its perfect auxiliary) right before a verb: 'I have (spoken)', 'I’ve (met)',
#: 'I (spoke)', 'we have (met)', 'On Monday we (spoke)'
_FIRST_PERSON_BEFORE = re.compile(r"(?:^|[^\w’'])(?:I|[Ww]e)(?:[’']ve)?(?:\s+(?:have|had|also|just|already|recently))*"
                                  r"\s*$")


#: prepositions that govern a noun phrase and never open a clause: a noun after one is no subject, so a past form
#: right after it is a participle ('under the plan outlined on Monday', 'at a forum held in May')
_CLAUSE_PREPOSITIONS = {"during", "under", "at", "in", "of", "for", "from", "with", "by", "amid", "on", "into", "through",
              "despite", "about", "against", "toward", "towards", "within", "throughout", "without", "via"}


def _governed_subject(text: str, clause: Clause, verb: tuple[int, int], date: tuple[int, int]) -> bool:
    """Whether the noun phrase before the verb is the object of a preposition that opens the clause and governs a
    noun phrase (:data:`_CLAUSE_PREPOSITIONS`), and the verb has no object after it, so that it is a participle modifying
    that noun ('During a forum held on May 3, the chief spoke': 'Forum held'); not when the preposition stands
    inside the subject ('Staff in Leeds held a vote') or the verb is followed by a noun phrase."""
    toks = tokens(text, clause.start, verb[0])
    i, _ = _np_start(toks, len(toks), date=date)
    if not 0 < i < len(toks) or text[toks[-1].end : verb[0]].strip():
        return False
    p = i - 1
    while p > 0 and toks[p].lower in {"a", "an", "the", "its", "their", "his", "her", "this", "these", "those"}:
        p -= 1
    if p != 0 or toks[0].lower not in _CLAUSE_PREPOSITIONS:
        return False
    after = tokens(text, verb[1], max(clause.end, date[1]))
    return not after or not after[0].is_word or after[0].lower in _PHRASE_START | _DAY_ADVERBS \
        or _in_date(after[0], date)


#: a perfect's auxiliary right before a verb, with its negation, adverbs or inverted pronoun ('has spoken', 'hasn't
#: yet seen', 'I've met', 'nor have we seen')
_PERFECT_BEFORE = re.compile(r"(?:\b(?:have|has|had|having)|[’']ve|[’']d|[’']s)(?:n[’']t)?(?:\s+(?:we|they|you|he|she|it|i))?"
                             r"(?:\s+(?:not|never|ever|also|just|already|yet|since|\w+ly))*\s*$", re.I)


def _impersonal_told(text: str, clause: Clause, verb: tuple[int, int]) -> str:
    """The title of what an impersonal 'it was announced that …' tells ('after it was announced that the club had
    hired a new coach' → 'Club hires new coach'); "" when the verb has no impersonal 'it' or no 'that' clause."""
    if not re.search(r"\bit\s+(?:was|is|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?=\S+$)",
                     text[max(clause.start, verb[0] - 25) : verb[1]], re.I):
        return ""
    m = re.compile(r"(?:\s+[\w’']+){0,3}?\s+that\s+(?=\w)").match(text, verb[1], clause.end)
    stop = re.compile(r"[.!?;](?=\s|$)|\n").search(text, m.end()) if m else None
    end = stop.start() if stop else len(text)  # (the clause may stop at a bracket: 'that Acme (AC) reached')
    inner = analyse(text, m.end(), end, end, end) if m else None
    if inner is None or inner.verb == (0, 0) or inner.subject == (0, 0):
        return ""
    title = make_title(text, inner, end, end)
    first = title.split()[0].lower() if title else ""
    return "" if title == FALLBACK_TITLE or len(title.split()) < 3 or first in _PRONOUN_SUBJECTS_ALL else title


def _scheduled_thing(text: str, clause: Clause, verb: tuple[int, int], actor: str) -> str:
    """What is scheduled when a participle of scheduling follows a noun phrase with its own prepositional phrase ('a
    vote on the budget scheduled for Friday' → 'vote on budget', not 'budget'); ``actor`` when none stands there."""
    toks = tokens(text, clause.start, verb[0])
    p = _np_start(toks, len(toks))[0] - 1
    while p >= 0 and toks[p].lower in {"a", "an", "the", "its", "their", "his", "her", "this", "that"}:
        p -= 1
    if p < 1 or toks[p].lower not in {"on", "about", "over", "into", "against", "with", "between"}:
        return actor
    j, _ = _np_start(toks, p)
    return _clean(toks[j:], text) if j < p and not _verbish(toks[j]) else actor


#: verbs of reacting, whose '(by) saying …' phrase is what was said ('reacted on Monday saying the offer was low')
_REACTING = {"react", "respond", "reply", "answer", "retort"}
_SAYING_AFTER = re.compile(r"[^,;:.!?]{0,40}?,?\s*\b(?:by\s+)?saying\s+(?:that\s+)?(?=\w)", re.I)


def _reacted_saying(text: str, clause: Clause, verb: tuple[int, int], actor: str, date: tuple[int, int]) -> str:
    """'The union reacted on Friday by saying the offer was too low': a reaction titled with what was said ('Union
    says offer was too low'); "" when no 'saying' phrase with a clause follows the verb."""
    m = _SAYING_AFTER.match(text, verb[1], clause.end)
    if not m:
        return ""
    said = _reported_present(_perfect_as_past(_tail(text, clause, m.end(), date, after_verb=True)))
    title = _assemble(actor, _saying("say"), said) if len(said) >= 2 else ""
    return title if _has_verb(_after(title, "say")) else ""


def _verb_actor(text: str, clause: Clause, verb: tuple[int, int], form: str,
                date: tuple[int, int]) -> tuple[str, str, str]:
    """Who did what the verb at ``verb`` says (:func:`_actor`, then an acronym, the speaker's body, names in
    apposition, the name before an aside or participle, the others than the speaker), how it was found, and the
    verb's form ('past' for 'was there to urge')."""
    actor, how = _actor(text, clause, verb[0], date)
    actor = _acronym_actor(text, clause, verb[0], actor) if form not in {"passive", "participle"} else actor
    actor = _body_of_speaker(text, verb[0], actor) if how == "" else actor
    actor = _over_participle(text, clause, verb[0], _apposed_names(text, clause, verb[0], actor))
    actor, how = _before_aside(text, clause, verb[0]) if not actor and how == "none" else (actor, how)
    actor, how = _before_participle(text, clause, verb[0], actor) if actor and how == "" else (actor, how)
    actor, how = _others_than_speaker(text, clause, verb[0]) if not actor and how == "none" else (actor, how)
    there = _THERE_TO.search(text, clause.start, verb[0]) if form == "infinitive" else None
    if there:  # 'Ann Lee was there to urge fans …': 'Ann Lee urges fans …'
        (actor, how), form = _actor(text, clause, there.start(), date), "past"
    return actor, how, form


def _verb_tail(text: str, clause: Clause, verb: tuple[int, int], lemma: str, written: str, form: str, actor: str,
               how: str, date: tuple[int, int]) -> str | tuple[str, str, list[str]]:
    """What follows the verb as a headline says it, with the verb's lemma and written form (a content told, a
    statement issued, a light verb's noun made the verb), or the whole title when a statement is titled with the
    news it follows or comments on."""
    tail = _tail(text, clause, verb[1], date, after_verb=True)
    told = _told_content(text, clause, verb, tail, date) if lemma in _INFORMING and form in {"past", "present"} else []
    tail = told or tail  # 'informed the league that the roof was unsafe': 'informs league roof was unsafe'
    after = _statement_after(text, clause, verb, actor) if lemma in _STATEMENT_VERBS and how == "" else ""
    if after:  # 'made a statement after the club sold its ground': the news it follows
        return after
    act = _statement_act(text, clause, verb, actor, date) if lemma in _STATEMENT_VERBS and how == "" else ""
    if act:  # 'issued a statement calling for a ban': 'Senator calls for ban'
        return act
    statement = _issued_statement(lemma, tail)
    lemma, written, tail = _light_statement(lemma, written, tail)
    news = _commented_news(text, clause, verb, actor) if lemma in {"comment", "respond"} else ""
    if news:
        return news
    lemma, written, tail = ("issue", "issue", statement) if statement else (lemma, written, tail)
    return _tidy_tail(text, clause, lemma, written, form, tail)


#: a name with a joining word inside, then the lower-case noun it modifies ('Office of Harbor Planning letters')
_NAME_BEFORE_NOUN = re.compile(r"(?:[A-Z][\w.’'&-]*\s+)+(?:(?:of|for|on|&)\s+(?:the\s+)?(?:[A-Z][\w.’'&-]*\s+)+)+"
                               r"(?=[a-z])(?!(?:and|or|of|for|on|to|in|at)\b)")


def _verb_words(text: str, lemma: str, form: str, written: str, degree: re.Match | None, negation: re.Match | None,
                particle: str) -> Callable[[str], list[str]]:
    """The verb group in headline form for an actor (singular or plural agreement), with its degree adverb
    ('nearly'), negation and particle."""
    def words(a: str) -> list[str]:
        named = _NAME_BEFORE_NOUN.match(a)  # 'Office of Harbor Planning letters': the noun after the name heads it
        head = re.split(r"\s+(?:of|and|in|at|from|for|on|with|by|across|around|near|throughout|outside|inside)\s+",
                        a[named.end() :] if named else a)[0]
        plural = " and " in re.split(r"\s+(?:of|on|for)\s+", a)[0] and not _one_name_with_and(a) or bool(head) and (
            _plural_actor(head) and not _titled_person(text, head) or _counted(head))
        return ([degree.group(1).lower()] if degree else []) \
            + _negated(_headline([], lemma, form, written, plural), negation, lemma, plural) \
            + ([particle] if particle else [])

    return words


#: last words of a name that say it names one law or body (*Safety Act*, *Drug Administration*)
_ONE_BODY_HEADS = _NAMED_KINDS | _GENERIC_HEADS - {"services", "forces", "police"} | {
    "committee", "council", "company", "corporation", "bank", "agency", "department", "ministry", "party", "group"}
#: a capitalised run with *and* inside it: a capitalised word, *and*, then two or more capitalised words
_NAME_WITH_AND = re.compile(r"(?:[A-Z][\w’'-]*\s+)*(?P<before>[A-Z][a-z’'-]+)\s+and\s+(?:[A-Z][\w’'-]*\s+)+"
                            r"(?P<head>[A-Z][\w’'-]*)")


def _one_name_with_and(actor: str) -> bool:
    """Whether an actor with *and* inside is one name, so takes a singular verb: laws and bodies are named with
    common nouns joined by *and* and end with the kind of thing they are (*Harbour Safety and Security Act*,
    *Food and Drug Administration*), as the relative clause after them is written (*the … Act, which became law*);
    not two actors (*Hale and Save Our Port PAC*, *Senate and House*, *Treasury and Federal Reserve*)."""
    m = _NAME_WITH_AND.fullmatch(actor)
    return m is not None and "NOUN" in _lemmas(m.group("before").lower()) \
        and m.group("head").lower() in _ONE_BODY_HEADS


def _counted(head: str) -> bool:
    """Whether an actor's head ends with a count above one, so takes a plural verb: *Fourteen (of the miners)*,
    *Nearly 100*, *The 33*; not a name's number (*Squadron 262*, *Flight 9*: a capitalised noun or unknown word
    before it) nor *1*, *one*."""
    words = head.split()
    last = words[-1].lower()
    if last in NUMBER_WORDS:
        return NUMBER_WORDS[last] > 1
    if not re.fullmatch(r"[\d,.]+", last) or last == "1":
        return False
    if len(words) >= 2 and words[-2][:1].isupper() and words[-2].lower() not in QUANTIFIERS:
        kinds = set(_lemmas(words[-2].lower()))
        return bool(kinds & {"ADV", "ADJ", "ADP", "DET"}) and "NOUN" not in kinds  # 'Nearly 100', not 'Flight 9'
    return len(words) < 2 or not _numbered_noun(words[-2])


#: words before a number that count what follows though a lexicon lists them as nouns only ('another 20')
_COUNTING_NOUNS = QUANTIFIERS | {"another"}


def _numbered_noun(word: str) -> bool:
    """Whether a lower-case word before a number is a singular noun the number names one of (*flight 212*, *bus 7*,
    *gate 3*): English writes a count before its noun (*212 flights*), so a number after a singular noun is the
    thing's number, as in a relative clause's antecedent written mid-sentence (*flight 212, which vanished*); not
    an adverb, adjective or counting word (*nearly 100*, *over 40*, *another 20*) nor a plural (*miners 33*)."""
    kinds = set(_lemmas(word))
    return word.islower() and "NOUN" in kinds and kinds <= {"NOUN", "VERB"} and word not in _COUNTING_NOUNS \
        and not _is_plural(word)


def _actorless_title(lemma: str, form: str, written: str, negation: re.Match | None, particle: str,
                     tail: list[str]) -> str:
    """A title without an actor: the object first and the verb's participle ('He took the oath': 'Oath taken';
    'He called on the UN to draft …': 'UN called on to draft …'); "" when nothing follows the verb."""
    neg = "not " if negation else ""  # 'Do not expect a deal': 'Deal not expected'
    if form in {"past", "perfect", "present"} and len(tail) > 2 and tail[0].lower() in {"on", "for", "upon"} \
            and tail[1][:1].isupper():  # 'He called on the UN to draft …': 'UN called on to draft …'
        done = neg + verb_forms(lemma).get("VBN", (written,))[0]
        j = 2
        while j < len(tail) and (tail[j][:1].isupper() or tail[j].lower() in _NAME_JOINS and j + 1 < len(tail)
                                 and tail[j + 1][:1].isupper()):
            j += 1  # the whole name ('focused on the Gulf of Tarn': 'Gulf of Tarn focused on')
        return _fit([*tail[1:j], *done.split(), tail[0], *tail[j:]], MAX_TITLE)
    if form in {"past", "perfect", "present"} and tail and tail[0].lower() not in _PHRASE_START:
        done = neg + verb_forms(lemma).get("VBN", (written,))[0] + (f" {particle}" if particle else "")
        cut = next((i for i, w in enumerate(tail) if w.lower() in _PHRASE_START), len(tail))
        title = _fit([*tail[:cut], *done.split(), *tail[cut:]], MAX_TITLE)  # 'He took the oath': 'Oath taken'
        return title if len(title.split()) > len(done.split()) else ""
    # the speaker's own plan, in the passive: 'We will close the new roof': 'New roof to be closed'; 'We will not
    # close the roof': 'Roof not to be closed' (the negation is never lost); the object must not end in a function word
    done = verb_forms(lemma).get("VBN", ("",))[0] if form == "future" else ""
    cut = next((i for i, w in enumerate(tail) if w.lower() in _PHRASE_START), len(tail))
    if done and cut and tail[cut - 1].lower() not in _FUNCTION_END:
        title = _fit([*tail[:cut], *neg.split(), "to", "be", done, *([particle] if particle else []), *tail[cut:]],
                     MAX_TITLE)
        return title if len(title.split()) > 3 + len(neg.split()) else ""
    return ""


def _infinitive_title(text: str, clause: Clause, verb: tuple[int, int], form: str,
                      date: tuple[int, int]) -> str | None:
    """The title of an infinitive (or future) verb framed by what stands before it: ability ('was unable to stop'),
    trying or deciding ('moved to terminate'), a plan made public ('announced plans to close'), a verb whose object
    the infinitive's subject is ('to reappoint Jane Roe to lead'); None when no frame applies (the verb's own title)."""
    able = _ABLE.search(text, clause.start, verb[0]) if form == "infinitive" else None
    if able:  # 'a driver was unable to stop': 'Driver unable to stop'
        return _able_title(text, clause, verb, able, date)
    tried = _TRIED.search(text, clause.start, verb[0])
    if tried:  # 'Acme moved to terminate the deal': 'Acme moves to terminate deal'
        return _tried_title(text, clause, verb, tried, date)
    planned = _planned_title(text, clause, verb, date) if form == "infinitive" else ""
    if planned:  # 'Acme announced plans Friday to close two plants': 'Acme announces plans to close two plants'
        return planned
    controlled = _controlled(text, clause, verb, date) if form == "infinitive" else ""
    return controlled or None  # 'to reappoint Jane Roe to lead for a second season': 'Jane Roe reappointed …'


_NAME = r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}"
_APPOSED_NAMES = re.compile(r"(?P<head>[^,;:]+),\s+(?P<names>" + _NAME + r"(?:,\s+" + _NAME + r")*,?\s+(?:and|or)\s+"
                            + _NAME + r"),\s*$")



def _made_clear(text: str, clause: Clause, verb: tuple[int, int], actor: str, date: tuple[int, int]) -> str:
    """'made it clear on Friday that the striker will leave': 'X makes clear striker will leave' ("" when no such
    saying or nothing said)."""
    clear = _MADE_CLEAR.match(text, verb[1], clause.end)
    said = _reported_present(_perfect_as_past(_tail(text, clause, clear.end(), date))) if clear else []
    return _assemble(actor, ["make" if _plural_actor(actor) else "makes", "clear"], said) if said else ""


def _tidy_tail(text: str, clause: Clause, lemma: str, written: str, form: str, tail: list[str]
               ) -> tuple[str, str, list[str]]:
    """The verb and the words after it as a headline says them: no 'you' before a phrase ('I asked you for details':
    'asks for details'), 'it' replaced by the object named before ('the bidder raised it'), and 'spent <time> doing'
    read as the doing ('spent Wednesday sifting through the records': 'sift through records')."""
    if tail[:1] == ["you"] and len(tail) > 2 and tail[1] in _PHRASE_START:
        tail = tail[1:]
    if tail[:1] == ["it"] and form != "passive":
        tail = [*_object_before(text, clause), *tail[1:]] if _object_before(text, clause) else tail
    if lemma == "spend" and form in {"past", "present", "perfect"} and tail and tail[0].endswith("ing"):
        gerund = _lemmas(tail[0].lower()).get("VERB", ())
        if gerund:
            lemma, written, tail = gerund[0], gerund[0], tail[1:]
    return lemma, written, tail

def _apposed_names(text: str, clause: Clause, verb_start: int, actor: str) -> str:
    """The whole list of names set off by commas after the subject (*Acme's directors, Ann Poe, Bo Diaz, and Cy
    Lee, sent …* → ``Ann Poe, Bo Diaz and Cy Lee``, or the subject itself, ``Acme's directors``, when the list is
    long), when the actor is only a part of that list; ``actor`` otherwise."""
    if not actor:
        return actor
    m = _APPOSED_NAMES.search(text, clause.start, verb_start)
    if not m:
        return _bracketed_list(text, clause, verb_start, actor)
    if actor not in m.group("names") or actor == m.group("names"):
        return actor
    names = [n.strip() for n in re.split(r",?\s+(?:and|or)\s+|,\s*", m.group("names")) if n.strip()]
    listed = ", ".join(names[:-1]) + " and " + names[-1]
    head = [t for t in tokens(text, m.start("head"), m.end("head")) if not _in_date(t, (clause.start, clause.start))
            and t.lower not in {"a", "an", "the"}]
    head = head[next((n + 1 for n in range(len(head) - 1, -1, -1) if head[n].word == ","), 0) :]
    return listed if len(listed) <= 35 or not head else _render(text, head)


def _others_than_speaker(text: str, clause: Clause, verb_start: int) -> tuple[str, str]:
    """The others in a subject that joins them with the speaker (*my fellow board members and I wrote a
    letter* → ``fellow board members``), as ``(actor, how)`` of :func:`_actor`; ``("", "none")`` otherwise."""
    head = text[clause.start : verb_start]
    m = re.search(r"\b(?:my|our)\s+([a-z][\w\s’'-]{2,60}?)\s+and\s+(?:I|we)\s*$", head) \
        or re.search(r"(?:^|[,;:“\"])\s*(?:[Tt]he\s+)?([a-z][\w\s’'-]{2,60}?)\s+and\s+(?:I|we)\s*$", head)
    if not m or re.search(r"\b(?:that|which|who|when|after|because|on|in|at|last)\b", m.group(1)):
        return "", "none"
    return m.group(1).strip(), ""


_LISTED_NAMES = re.compile(r"(?:(?P<role>\b[A-Z][a-z]+s)\s+)?(?P<names>" + _NAME + r"(?:,\s+" + _NAME + r")*,?\s+"
                           r"(?:and|or)\s+" + _NAME + r")\s*$")


def _bracketed_list(text: str, clause: Clause, verb_start: int, actor: str) -> str:
    """The whole subject when it is a list of names each with a short bracket (*Senators Ann Roe (D-NY), Bo Diaz
    (R-TX), and Cy Lee (D-CA) introduced …* → ``Ann Roe, Bo Diaz and Cy Lee``, or ``Senators`` for a long list) and
    the actor is only its last name; ``actor`` otherwise."""
    head = text[clause.start : verb_start]
    if "(" not in head:
        return actor
    bare = re.sub(r"\s*\([^()]{1,20}\)", "", head)
    lead = re.match(r"\W*([^,]+),\s*", bare)
    bare = bare[lead.end() :] if lead and _TIME_WORDS.fullmatch(lead.group(1)) else bare  # 'Today, Senators …'
    m = _LISTED_NAMES.search(bare)
    if not m or not m.group("names").endswith(actor) or actor == m.group("names"):
        return actor
    names = [n.strip() for n in re.split(r",?\s+(?:and|or)\s+|,\s*", m.group("names")) if n.strip()]
    listed = ", ".join(names[:-1]) + " and " + names[-1]
    return listed if len(listed) <= 35 else m.group("role") or actor


def _before_aside(text: str, clause: Clause, verb_start: int) -> tuple[str, str]:
    """The clause's subject when a bracket stands between it and the verb (*the shareholders of Acme (referred to as
    the Company) approved*), as ``(actor, how)`` of :func:`_actor`; ``("", "none")`` otherwise."""
    between = text[clause.subject[1] : verb_start].strip() if clause.subject != (0, 0) else ""
    if not re.fullmatch(r"\([^()]*\)", between):
        return _before_participle(text, clause, verb_start)
    words = [t for t in tokens(text, *clause.subject) if t.lower not in {"a", "an", "the"}]
    return (_render(text, words), "") if words else ("", "none")


def _before_participle(text: str, clause: Clause, verb_start: int, actor: str = "") -> tuple[str, str]:
    """The noun phrase that opens the clause when a participle phrase set off by commas stands between it and the
    verb (*The ferry, built in 1990, sank* → ``ferry``; *The board, advised by Lazard Freres, urged* → ``board``,
    not the agent), as ``(actor, how)`` of :func:`_actor`; ``(actor, "")`` when ``actor`` is given and is no part
    of such a phrase, ``("", "none")`` when there is none."""
    kept = (actor, "") if actor else ("", "none")
    m = re.fullmatch(r"\W*(?:[Tt]he\s+|[Aa]n?\s+)?([^,;:]{2,50}?),\s+([a-z]+)\s[^,;:]{1,80},\s*",
                     text[clause.start : verb_start])
    if not m or not any(m.group(2) in verb_forms(v).get("VBN", ()) for v in _lemmas(m.group(2)).get("VERB", ())) \
            or actor and actor not in m.group(0)[m.end(1) - m.start(0) :]:
        return kept
    words = [t for t in tokens(text, clause.start + m.start(1), clause.start + m.end(1)) if t.lower not in
             _FUNCTION_END]
    return (_render(text, words), "") if words and not any(_verbish(t) for t in words) else kept


def _over_participle(text: str, clause: Clause, verb_start: int, actor: str) -> str:
    """The clause's subject when the actor is only the end of it, after a participle and its preposition (*bottles
    of water contaminated with lead were found*: ``bottles of water contaminated with lead``, not ``lead``);
    ``actor`` otherwise."""
    if not actor or clause.subject == (0, 0) or text[clause.subject[1] : verb_start].strip():
        return actor
    words = [t for t in tokens(text, *clause.subject) if t.lower not in {"a", "an", "the"}]
    cut = next((n for n in range(1, len(words) - 1) if words[n].lower.endswith("ed") and not words[n].is_cap
                and words[n + 1].lower in {"by", "with", "from", "in", "at", "on", "into", "for"}), 0)
    if not cut or not _render(text, words).endswith(actor) or len(actor) >= len(_render(text, words)):
        return actor
    return _render(text, words)


def _acronym_actor(text: str, clause: Clause, verb_start: int, actor: str) -> str:
    """The acronym written in brackets after the subject, when it spells a name that holds the actor and is long (more
    than 30 characters, or too long for the title with what the clause says after it): *The National Transportation
    Safety Board (NTSB) today opened* → ``NTSB``, as a headline writes a long name; ``actor`` otherwise (*The
    Regional Transit Authority (RTA) has resumed service*)."""
    m = re.search(r"\(([A-Z][A-Za-z&.]{1,9})\)[^()]{0,40}$", text[clause.start : verb_start])
    if not m or len(actor.split()) < 2 or re.search(r"[,;:]|\b(?:that|which|who)\b",
                                                    text[clause.start + m.end() : verb_start]):
        return actor  # (a bracket of a phrase before the verb's own subject)
    toks = tokens(text, clause.start, clause.start + m.start())
    k = len(toks)
    while k and (toks[k - 1].is_cap or toks[k - 1].lower in {"of", "on", "in", "for", "and", "the", "&"}) \
            and not toks[k - 1].word.endswith(("’s", "'s")):  # the name a possessive belongs to is another body
        k -= 1
    words = [t.word for t in toks[k:] if t.word != "&"]
    while words and words[0].lower() in {"of", "on", "in", "for", "and", "the"}:
        words.pop(0)
    if not set(actor.split()) <= {w.lower() for w in words} | set(words) and not (
            len(words) >= 2 and re.search(r"(?:[’']s|\b[a-z][\w-]*)\s+" + r"\s+".join(map(re.escape, words)) + r"$",
                                          actor)):  # ('the carmaker Acme Motors (AM)': the name after its kind)
        return actor  # (the acronym may name the head of a possessive: 'the state's Transit Safety Board (TSB)')
    letters = m.group(1).replace(".", "").replace("&", "").upper()
    caps = "".join(w[0] for w in words if w[0].isupper()).upper()
    every = "".join(w[0] for w in words).upper()
    rest = re.sub(r"\b(?:the|a|an)\s+", "", text[verb_start : clause.end]).strip()
    full = len(" ".join(w for w in words if w.lower() != "the"))
    long = full > 30 or full + len(rest) > MAX_TITLE  # 'Regional Transit Authority resumed service' fits
    spelled = letters in {caps, every} or len(letters) >= 3 and caps.startswith(letters)  # 'Office for Water
    # Supply and Sanitation (OWS)': a name's last words may stay out of its acronym
    return m.group(1) if long and spelled else actor


def _object_before(text: str, clause: Clause) -> list[str]:
    """What an object *it* stands for: the object of the clause before it in the same sentence, a common noun
    phrase of at most four words, singular (*Although the board rejected the offer on Monday, the bidder raised it
    the same day* → ``offer``); [] when there is none."""
    head = text[max(0, clause.start - 300) : clause.start]
    start = clause.start - len(head) + max(head.rfind(c) for c in ".!?\n") + 1
    if clause.start - start < 8:
        return []
    before = analyse(text, start, clause.start, start, start)
    words = [t for t in tokens(text, *before.object) if t.is_word and t.lower not in {"a", "an", "the"} | _POSSESSIVE]
    if before.object == (0, 0) or not words or len(words) > 4 or words[0].is_cap or _is_plural(words[-1].lower) \
            or any(t.lower in _PRONOUN_SUBJECTS_ALL | {"them", "him", "her", "itself"} for t in words):
        return []
    return [t.word for t in words]


#: '-ing' verbs that add no action of their own (saying, thinking)
_NO_ACTION = _REPORT_LEMMAS | _ATTENTION | {"think", "believe", "hope", "expect", "want", "try", "seek", "call",
                                            "urge", "ask", "describe", "express", "recall", "remember", "be", "have"}


def _elaborated(text: str, clause: Clause, date: tuple[int, int]) -> str:
    """'The minister focused on Tuesday on the budget, chairing the first session of a review board': when the
    clause's verb is one of attention or comment, the action of an '-ing' phrase after it (', chairing …', 'when
    introducing …', 'by visiting …') is the event: its actor + that verb + what follows ('Minister chairs first
    session of review board'); "" otherwise."""
    if clause.verb == (0, 0):
        return ""
    after = text[clause.verb[1] : clause.end]
    light = re.match(r"\s+(?:\w+\s+){0,2}?(\w+)\b", after)
    if clause.verb_lemma not in _ATTENTION and not (clause.verb_lemma in {"take", "pay"} and light
                                                    and light.group(1).lower() in _ATTENTION_NOUNS):
        return ""
    m = re.search(r"(?:,\s*|\b(?:when|while|by|in)\s+)([a-z]+ing)\b", after)
    lemmas = _lemmas(m.group(1)).get("VERB", ()) if m else ()
    if not lemmas or lemmas[0] in _NO_ACTION:
        return ""
    actor, how = _actor(text, clause, clause.verb[0], date)
    if not actor or how:
        return ""
    tail = _tail(text, clause, clause.verb[1] + m.end(1), date, after_verb=True)
    plural = _plural_actor(re.split(r"\s+(?:of|and)\s+", actor)[0]) or " and " in actor
    title = _assemble(actor, lambda a: [lemmas[0] if plural else third_person(lemmas[0])], tail)
    return title if len(title.split()) >= 3 else ""


#: a finite verb of trying or deciding right before the infinitive the clause reads as its verb ('moved to terminate')
_TRIED = re.compile(r"\b(moved|sought|tried|attempted|decided|voted|agreed|offered|threatened|vowed|pledged|promised|"
                    r"refused|failed|declined|began|started|rushed|scrambled|struggled|fought|worked|managed|"
                    r"chose|opted|asked)\s+$")


def _controlled(text: str, clause: Clause, verb: tuple[int, int], date: tuple[int, int]) -> str:
    """'… holding their meeting to reappoint Jane Roe to lead for a second season': the infinitive's subject is the
    object of the verb before it, which is what was done to it: 'Jane Roe reappointed to lead for second season'; ""
    when no verb governs the noun phrase before the infinitive."""
    actor, how = _actor(text, clause, verb[0], date)
    toks = tokens(text, clause.start, verb[0])
    first = actor.split()[0] if actor else ""
    at = next((n for n in range(len(toks) - 1, 0, -1) if toks[n].word == first), -1)
    gov = toks[at - 1] if at > 0 else None
    unknown = gov is not None and not _lemmas(gov.lower) and at > 1 and toks[at - 2].lower == "to" \
        and gov.lower.isalpha()  # a verb the lexicon lacks after 'to' ('to renominate')
    if not actor or how or gov is None or gov.is_cap or gov.lower in _FUNCTION_END | _AUX | _SUBJECT_SKIP \
            or gov.lower in _REPORT_WORDS or gov.lower not in _lemmas(gov.lower).get("VERB", ()) and not unknown:
        return ""  # a base-form verb right before its object: 'to renominate | Jane Roe'
    done = verb_forms(gov.lower).get("VBN", ()) or ((gov.lower + ("d" if gov.lower.endswith("e") else "ed"),)
                                                    if unknown else ())
    if not done or gov.lower in {"be", "have", "do", "let", "help", "make", "see", "hear", "watch"}:
        return ""
    inner = [w for w in text[verb[0] : verb[1]].split() if w.lower() != "to"]
    return _assemble(actor, [done[0], "to", *inner], _tail(text, clause, verb[1], date, after_verb=True))


def _tried_title(text: str, clause: Clause, verb: tuple[int, int], tried: re.Match, date: tuple[int, int]) -> str:
    """'Acme moved on Friday to terminate the deal': the verb of trying or deciding before the infinitive is the act
    done, in the headline present with the infinitive and what follows ('Acme moves to terminate deal'); "" when it
    has no actor."""
    actor, how = _actor(text, clause, tried.start(1), date)
    if not actor or how:
        return ""
    lemma = _lemmas(tried.group(1)).get("VERB", (tried.group(1),))[0]
    plural = _plural_actor(re.split(r"\s+(?:of|and)\s+", actor)[0]) or " and " in actor
    group = [w for w in text[verb[0] : verb[1]].split() if w.lower() != "to"]  # 'to be acquired': 'be acquired'
    tail = _tail(text, clause, verb[1], date, after_verb=True)
    return _assemble(actor, [lemma if plural else third_person(lemma), "to", *group], tail)


#: a verb that makes a plan public, its plan noun, and what stands before the infinitive ('announced plans Friday to')
_PLANNED = re.compile(r"\b(?P<verb>announced|unveiled|revealed|outlined|disclosed|detailed|unveils|announces|reveals|"
                      r"outlines|discloses|details)\s+(?:(?:its|their|his|her|the|a|new)\s+)*"
                      r"(?P<noun>plans?|proposals?|bid|intention|decision)\b(?P<gap>[^,;:.]{0,40}?)\s*$")


def _planned_title(text: str, clause: Clause, verb: tuple[int, int], date: tuple[int, int]) -> str:
    """'Acme announced plans Friday to close two plants': the infinitive is what a plan made public would do, and
    the verb that made it public is the act ('Acme announces plans to close two plants'); "" when no such verb and
    plan noun stand right before the infinitive (only the date between them) or the verb has no actor."""
    m = _PLANNED.search(text, clause.start, verb[0])
    gap = m.group("gap") if m else ""
    if m is None or gap.strip() and not (m.end("gap") - len(gap.lstrip()) >= date[0] - 4
                                         and m.end("gap") <= date[1] + 1):
        return ""  # (only the date may stand between the plan and its infinitive)
    actor, how = _actor(text, clause, m.start("verb"), date)
    if not actor or how:
        return ""
    actor = _acronym_actor(text, clause, m.start("verb"), actor)
    lemma = _lemmas(m.group("verb").lower()).get("VERB", (m.group("verb").lower(),))[0]
    plural = _plural_actor(re.split(r"\s+(?:of|and)\s+", actor)[0]) or " and " in actor
    group = [w for w in text[verb[0] : verb[1]].split() if w.lower() != "to"]
    tail = _tail(text, clause, verb[1], date, after_verb=True)
    return _assemble(actor, [lemma if plural else third_person(lemma), m.group("noun"), "to", *group], tail)


#: a copula and an adjective of ability or readiness before the infinitive the clause reads as its verb
_ABLE = re.compile(r"\b(?:is|are|was|were|has\s+been|had\s+been|have\s+been)\s+(not\s+)?(unable|able|ready|"
                   r"unwilling|willing|eager|reluctant|powerless|free|forced|obliged|compelled)\s+$")


def _able_title(text: str, clause: Clause, verb: tuple[int, int], able: re.Match, date: tuple[int, int]) -> str:
    """'A driver in the city was unable to stop': the subject, the adjective and the infinitive, without the copula
    ('Driver in city unable to stop'); "" when the subject is no actor (a pronoun naming no one)."""
    actor, how = _actor(text, clause, able.start(), date)
    if not actor or how:
        return ""
    group = [w for w in text[verb[0] : verb[1]].split() if w.lower() != "to"]
    head = [*(["not"] if able.group(1) else []), able.group(2).lower(), "to", *group]
    return _assemble(actor, head, _tail(text, clause, verb[1], date, after_verb=True))


#: 'was on his way to Westhaven': the subject travels there
_ON_WAY = re.compile(r"\b(?:is|was|are|were)\s+(?:now\s+)?on\s+(?:his|her|its|their|the)\s+way\s+to\s+", re.I)
#: being at an occasion to do something ('was there to urge voters', 'were on hand to greet'): the act done there
_THERE_TO = re.compile(r"\b(?:was|were)\s+(?:there|on\s+hand|present|in\s+attendance|on\s+stage)\s+(?:to\s+)?$", re.I)
_THERE_VERB = re.compile(r"\s+(?:there|on\s+hand|present|in\s+attendance|on\s+stage)\s+(to\s+([a-z]+))\b")


def _act_there(text: str, clause: Clause) -> Clause:
    """A clause of being at an occasion to do something (*her running mate was there to rally supporters*, where
    *rally* may be a noun) read at the act done there, an infinitive; ``clause`` itself otherwise."""
    m = _THERE_VERB.match(text, clause.verb[1], clause.end) if clause.verb_lemma == "be" else None
    lemmas = _lemmas(m.group(2)).get("VERB", ()) if m else ()
    if not lemmas or text[clause.verb[0] : clause.verb[1]].lower() not in {"was", "were"}:
        return clause
    return dataclasses.replace(clause, verb=(m.start(1), m.end(2)), verb_lemma=lemmas[0], verb_form="infinitive",
                               action=lemmas[0])


def _on_way(text: str, clause: Clause, verb: tuple[int, int], actor: str, date: tuple[int, int]) -> str:
    """'Jane Roe was on her way to Westhaven Monday to assess …' (an infinitive ``verb`` after it): 'Jane Roe heads to
    Westhaven'; "" when the clause says no such thing or the place is no name."""
    way = _ON_WAY.search(text, clause.start, verb[0])
    place = [t for t in tokens(text, way.end(), verb[0]) if not _in_date(t, date)] if way else []
    while place and not (place[-1].is_cap and place[-1].is_word):
        place.pop()
    if not place or not all(t.is_cap or t.lower in {"of", "and"} for t in place):
        return ""
    return _assemble(actor, ["head" if _plural_actor(actor) else "heads", "to"], [_render(text, place)])


def _particle(tail: list[str]) -> str:
    """The particle a verb's tail starts with ('breaks out', 'sworn in'), or ""; not a preposition before a name
    ('approved in New York')."""
    if not tail or tail[0].lower() not in _PARTICLES:
        return ""
    return "" if tail[0].lower() in {"in", "over"} and len(tail) > 1 and tail[1][:1].isupper() else tail[0]


#: verbs of going somewhere: what their purpose infinitive says is done there ('flew to Westhaven to sign the treaty')
_GOING = {"travel", "fly", "go", "head", "return", "come", "rush", "drive", "sail", "journey", "hurry", "race"}


def _purpose(text: str, clause: Clause, date: tuple[int, int]) -> str:
    """'The chancellor flew to Northam, which hosts the talks, to sign the trade accord on Thursday': a date in the
    purpose infinitive of a verb of going dates what is done there ('Chancellor signs trade accord'); "" otherwise."""
    if clause.verb == (0, 0) or clause.verb_lemma not in _GOING or date[0] <= clause.verb[1] \
            or _negated_at(text, clause):
        return ""  # 'did not travel to Westhaven to sign the treaty': nothing was signed there
    m = None
    for m in re.finditer(r"\bto\s+([a-z]+)\b", text[clause.verb[1] : date[0]]):
        pass
    word = m.group(1) if m else ""
    lemmas = _lemmas(word).get("VERB", ())
    start = clause.verb[1] + m.end(1) if m else 0
    if word not in lemmas or lemmas[0] in _NO_ACTION or re.search(r"[.;:]", text[start : date[0]]):
        return ""
    actor, how = _actor(text, clause, clause.verb[0], date)
    if not actor or how:
        return ""
    tail = _tail(text, dataclasses.replace(clause, verb=(start - len(word), start)), start, date, after_verb=True)
    title = _assemble(actor, [word if _plural_actor(actor) else third_person(word)], tail)
    return title if len(title.split()) >= 3 else ""


#: sentence connectives and a resolution's recital word, which open a title when a name-like capital kept them
_CONNECTIVE = re.compile(r"^(?:Whereas|Moreover|Furthermore|However|Meanwhile|Nevertheless|Additionally|Thus|Instead|"
                         r"Likewise|Similarly|Consequently|Therefore|Nonetheless),?\s+|"
                         r"^(?:Still|Also|Besides),\s+|"
                         r"^(?:When|While|Once|Although|Though|Because)\s+(?=\S+\s+[a-z]+(?:ed|[^s\W]s)?\s)")
# (a subordinate clause's conjunction: 'When the mayor visited the site' is 'Mayor visited site')
#: states a copula gives people that a headline says without the verb ('100 workers absent', 'two miners missing')
_STATES = {"absent", "missing", "dead", "injured", "hospitalized", "hospitalised", "ill", "sick", "unaccounted",
           "stranded", "trapped", "homeless", "infected", "unemployed", "unharmed", "safe"}


#: 'the expected landing date (of the probe) is', 'the planned opening date for the museum was': a date named by what
#: happens on it
_DATE_IS = re.compile(r"\W*(?:the|its|their|our|his|her)\s+(?:(?P<adj>expected|planned|scheduled|projected|estimated|"
                      r"target|new|official|tentative)\s+)?(?P<what>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+date"
                      r"(?P<of>\s+(?:of|for)\s+(?:the\s+)?[\w’' -]{1,40}?)?\s+(?:is|was|will\s+be)\s+(?:now\s+)?(?:on\s+)?",
                      re.I)


def _date_is_title(text: str, clause: Clause, date: tuple[int, int]) -> str:
    """'The planned opening date is Monday': the date names what happens on it, titled as that event with how it
    stands ('Opening planned', 'Landing expected', 'Launch set'); "" for any other copula."""
    m = _DATE_IS.match(text, clause.start, date[0])
    if not m or m.end() != date[0] or "NOUN" not in _lemmas(m.group("what").split()[-1].lower()):
        return ""
    adj = (m.group("adj") or "").lower()
    done = adj if adj in {"expected", "planned", "scheduled", "projected", "estimated"} else "set"
    of = re.sub(r"\s+the\s+", " ", m.group("of") or "").split()[1:]
    of = ["of", *of] if of else []  # 'the launch date for the probe': 'Launch of probe'
    title = " ".join([*m.group("what").split(), *of, done])
    return title[:1].upper() + title[1:]


def _state_title(text: str, clause: Clause, date: tuple[int, int]) -> str:
    """'More than 100 workers from the plant were absent on Monday with flu-like symptoms': a subject said to be in
    a state of :data:`_STATES` is titled by the subject and the state, without the copula ('More than 100 workers
    from plant absent with flu-like symptoms'); "" otherwise."""
    after = re.match(r"\s+(?:[\w’'-]+\s+){0,2}?(\w+)\b", text[clause.verb[1] : clause.end])
    state = after.group(1).lower() if after else ""
    if state not in _STATES or date[0] < clause.verb[1] < date[1]:
        return ""
    head = text[clause.start : clause.verb[0]]
    start = clause.start + max(head.rfind(",") + 1, 0)
    if not re.search(r"[A-Za-z0-9]", text[start : clause.verb[0]]):
        return ""
    words = [w for w in _tail(text, clause, start, date) if w.lower() not in {"was", "were", "are", "is", "been"}]
    title = _fit(words, MAX_TITLE)
    return title if state in title.lower().split() and len(title.split()) >= 3 else ""


def _noun_title(text: str, clause: Clause, date: tuple[int, int]) -> str:
    """Without a usable verb: the phrase from the event noun on ('Signing of Partnership for Peace program')."""
    low = text[clause.start : clause.end].lower()
    m = re.search(r"\b" + re.escape(clause.action[:4]), low)
    if not m:
        return ""
    words = _tail(text, clause, clause.start + m.start(), date)
    title = _fit(words, MAX_TITLE) if len(words) >= 2 else ""
    return title if len(title.split()) >= 2 else ""


def _is_lone_name(title: str, clause: Clause) -> bool:
    words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", title)]
    bare = re.sub(r"['’]s$", "", title)
    named = _name_of(bare)
    role = named != bare and bare.endswith(named) and all(w[:1].isupper() or w.lower() in _ROLE_WORDS or _adjective(w)
                                                         for w in bare[: -len(named)].split())
    return not words or len(words) <= 2 and all(w[:1].isupper() for w in words) or title in clause.actors \
        or bare in clause.actors or role  # 'Republican Senate nominee Jane Roe' is a name too


def title_for(quote: str, date_text: str) -> tuple[str, Clause | None]:
    """Title of a quote on its own (the date located by its text), with its analysis.

    Parameters
    ----------
    quote : str
        The sentence or clause.
    date_text : str
        The date as written in it ("" when the quote holds none).

    Returns
    -------
    tuple
        ``(title, clause)``; the clause is None when the date is not in the quote.
    """
    pos = quote.find(date_text) if date_text else -1
    if pos < 0:
        return _fit(quote.split(), MAX_TITLE) or "Dated mention", None
    clause = analyse(quote, 0, len(quote), pos, pos + len(date_text))
    return make_title(quote, clause, pos, pos + len(date_text)), clause


def directness(clause: Clause, date_start: int, date_end: int, confidence: float = 1.0, *, text: str = "") -> float:
    """How directly a clause states its event (higher is better), to choose an event's representative quote.

    A clause that is an event (not a reference, caption, stamp or hypothetical)
    scores most; then one whose main verb is an action (not a reporting verb or
    *be*), with a named actor, the date close to the verb (a quote without its date, an empty span, the
    farthest), and few words.

    Parameters
    ----------
    clause : Clause
    date_start, date_end : int
        The date mention, in the clause's text offsets.
    confidence : float, default 1.0
        The candidate's confidence.
    text : str, optional
        The text the clause offsets refer to: a clause with a gap left by a stripped link
        (:func:`link_gaps`) states its event less well.

    Returns
    -------
    float
    """
    score = confidence - (0.75 if text and _stated_with_gap(text, clause, date_start, date_end) else 0.0)
    score += {"event": 2.0, "scheduled": 1.8, "hypothetical": 0.5}.get(clause.kind, 0.0)
    if clause.verb != (0, 0) and clause.verb_lemma not in {"be", "say", "tell"}:
        score += 1.0
        gap = max(0, clause.verb[0] - date_end, date_start - clause.verb[1])
        if text and re.fullmatch(r"\s*,[^,;:]{1,120},\s*", text[date_end : clause.verb[0]]):
            gap = 0  # 'The court on Monday, with the consent of both parties, ordered': an aside, not a distance
        score -= min(1.0, gap / 150) if date_end > date_start else 1.0  # a quote without its date (a second event
        # dated by its main clause, a report dated by its publication) states when least directly
        if clause.verb_form in {"infinitive", "future", "modal"}:
            score -= 0.3  # an intention or a prospect states the event less directly than what was done
    if clause.actors:
        score += 0.5 + 0.1 * min(2, len(clause.actors) - 1)  # who and where: a headline names them
    if clause.subject != (0, 0):
        score += 0.5
    score -= min(1.0, (clause.end - clause.start) / 400)
    return score


#: words after which a noun must follow: a determiner or a preposition
_NEEDS_NOUN = {"a", "an", "the", "to", "of", "by", "from", "with", "at", "in", "on", "for", "into", "about"}
_AUX = {"has", "have", "had", "is", "are", "was", "were", "will", "would"}


def link_gaps(text: str, start: int = 0, end: int | None = None) -> list[int]:
    """Offsets of the gaps that links stripped from a web page leave in its text ('According to , a broadcasting
    organization', 'The has reported', 'swept by a violent that hit', 'radioactive and has been identified'):
    a determiner or preposition followed by a comma, another determiner or an auxiliary; a determiner and an
    adjective followed by a relative pronoun; an adjective and 'and' followed by an auxiliary; two
    commas in a row.

    Parameters
    ----------
    text : str
    start, end : int, optional
        The stretch to look in.

    Returns
    -------
    list of int
        The end offset of the word (or comma) before each gap.
    """
    toks = tokens(text, start, len(text) if end is None else end)
    gaps = []
    for n in range(len(toks) - 1):
        t, nxt = toks[n], toks[n + 1]
        if t.word == "," and nxt.word == ",":
            gaps.append(t.end)
        elif t.lower in _NEEDS_NOUN and (nxt.word in {",", ".", ";", ":"} or nxt.lower in {"a", "an", "the"} | _AUX) \
                and not (t.lower in {"to", "about"} and nxt.lower in {"a", "an", "the"} | _AUX) \
                and not (t.lower in _NEEDS_NOUN - {"a", "an", "the"} and nxt.lower in {"a", "an", "the"}):
            gaps.append(t.end)
        elif n and _adjective(t.word) and not t.is_cap and (
                toks[n - 1].lower in {"a", "an", "the"} and nxt.lower in {"that", "which"}
                or nxt.lower == "and" and n + 2 < len(toks) and toks[n + 2].lower in _AUX):
            gaps.append(t.end)
    return gaps


def _stated_with_gap(text: str, clause: Clause, date_start: int, date_end: int) -> bool:
    """Whether a link gap (:func:`link_gaps`) lies in the stretch that states the event: from the last comma
    before its verb (or date) to the end of the later of the two ('radioactive and [link] has been identified';
    not 'At the [link], a second fire broke out on Monday')."""
    at = min(clause.verb[0], date_start) if clause.verb != (0, 0) else date_start
    lo = max(clause.start, text.rfind(",", clause.start, at) + 1)
    hi = max(clause.verb[1], date_end)
    return bool(link_gaps(text, lo, min(clause.end, hi + 40)))


def informativeness(title: str) -> float:
    """How much a title says beyond a bare happening, to choose among quotes that state an event about as
    directly: 0.25 for each distinct content word past the second, at most 1 (``Explosion occurs`` 0,
    ``Explosion at Reactor 1 building`` 0.25: what and where); the fallback title scores -0.5.

    Parameters
    ----------
    title : str

    Returns
    -------
    float
    """
    if title == FALLBACK_TITLE:
        return -0.5
    return 0.25 * min(4, max(0, len(set(content_terms(title))) - 2))


#: verbs that leave a title unfinished when it ends on them: what is said, issued, begun or held goes after them
_OBJECT_VERBS = _REPORT_LEMMAS | _INFORMING | {"issue", "release", "hold", "begin", "start", "sign", "send", "give",
                                                "make", "receive", "pledge", "modify", "conclude", "respond", "react",
                                                "learn", "outline", "unveil", "host", "launch", "introduce", "urge"}


def stub_title(title: str) -> bool:
    """Whether a title is a stub that says no act in full: two words or fewer (``Officials announced``, ``Plan
    outlines``), or ending on a finite form of a verb that takes what is said or done after it (:data:`_OBJECT_VERBS`:
    ``Ann Lee of the agency announces``; a form that may be a participle does not: ``Final report issued``).

    Parameters
    ----------
    title : str

    Returns
    -------
    bool
    """
    words = title.split()
    if len(words) <= 2:
        return True
    if words[-1][:1].isupper():
        return False  # a title is written in sentence case: a capital past its first word is a name ('… Gold States')
    last = words[-1].lower()
    lemmas = _lemmas(last)
    verbs = [v for v in lemmas.get("VERB", ()) if v in _OBJECT_VERBS]
    if not verbs or "NOUN" in lemmas and not _subject_before(words[:-1]):
        return False  # ('Senate ends talks', 'Agency posts reports': the noun ends a phrase)
    return any(last in verb_forms(v).get("VBZ", ()) or last in verb_forms(v).get("VBD", ())
               and last not in verb_forms(v).get("VBN", ()) for v in verbs)  # ('Final report issued': a passive)


def _subject_before(words: Sequence[str]) -> bool:
    """Whether the words before a title's last word end on a name that may be its subject (``Councillor Lee`` of
    ``Councillor Lee issues``), not on a count or an initialism that modifies it (``eight U.K. posts``, ``12 posts``:
    the last word is a noun)."""
    last = words[-1]
    return last[:1].isupper() and not re.fullmatch(r"(?:[A-Z]\.){2,}", last)


#: the genre of a release that its headline names instead of an event ('Statement on …', 'Remarks by …')
_RELEASE_GENRES = re.compile(r"^(?:statement|remarks|readout|testimony|transcript|update|press\s+release|"
                             r"fact\s+sheet|letter|op-ed|photos?|video|watch|live|opinion|editorial|"
                             r"analysis|q\s*&\s*a|interview)\b", re.I)
#: a day word a headline ends with ('… Kicks Off Monday'): the date, no part of the title
_HEADLINE_DAY = re.compile(rf"\s+(?:on\s+)?(?:{WEEKDAY_RE}|today|"
                           r"tonight|yesterday)$", re.I)


def _stem(word: str) -> str:
    return word.lower()[:5]


def tells_other(title: str, own: str) -> bool:
    """Whether a sentence's own full title tells another happening than a title offered for it from a sentence
    nearby: the own title says something past a bare happening (:func:`informativeness` at least 0.5, four
    content words or more, not a participle phrase) and shares no content word (by stem: neither the action nor a noun) with the
    offered title ('Mayor signs budget bill into law' is not 'Council puts end to weeks of wrangling'). A short
    own title ('Letter sent') or one sharing a word ('Some of the ore comes from the north pit' and 'Rare ore
    found in north pit') never does: the offered title may name what it only hints at.

    Parameters
    ----------
    title : str
        The title offered.
    own : str
        The title made from the sentence itself.

    Returns
    -------
    bool
    """
    first = own.split()[0].lower() if own.split() else ""
    if informativeness(own) < 0.5 or any(first in verb_forms(v).get("VBG", ()) for v in all_lemmas(first).get("VERB", ())):
        return False  # a short title, or a participle phrase with no doer ('Making several hard choices')
    return not {_stem(t) for t in content_terms(own)} & {_stem(t) for t in content_terms(title)}


def _finite_verb(words: list[str]) -> bool:
    """Whether a headline's words after the first hold a verb in the present tense ('Chief Resigns Over …', 'Rail
    Workers Strike') or a participle not before its noun ('Tap Water Said Unsafe'): a headline that states an
    event."""
    for n, w in enumerate(words[1:], 1):
        low = w.lower().strip(",.:;!?’'\"“”")
        for lemma in (low[:-1], low[:-2], low[:-3] + "y") if low.endswith("s") and len(low) > 3 else ():
            if "VERB" in _lemmas(lemma) and low in verb_forms(lemma).get("VBZ", ()):
                return True
        prev = words[n - 1].lower().strip(",.:;!?’'\"“”")
        if "VERB" in _lemmas(low) and low in _lemmas(low)["VERB"] and len(prev) > 3 and prev.endswith("s") \
                and "NOUN" in _lemmas(prev) and prev not in _lemmas(prev)["NOUN"]:
            return True  # 'Rail Workers Strike': a plural subject and its verb
        nxt = _lemmas(words[n + 1].lower().strip(",.:;!?’'\"“”")) if n + 1 < len(words) else {"ADJ": ()}
        if any(low in verb_forms(v).get("VBN", ()) for v in _lemmas(low).get("VERB", ())) \
                and nxt and ("NOUN" not in nxt or "ADJ" in nxt):
            return True  # 'Tap Water Said Unsafe', not 'Reported Bond Deal' (a participle before its noun)
    return False


def _sentence_case(headline: str, body: str) -> str:
    """A headline in title case written as the timeline's titles are: a capitalised word after the first is
    lower-cased when it is a word of the dictionary or the story writes it so, and the story never capitalises it
    inside a sentence ('Port Authority Begins Dredging Third Channel' → 'Port Authority begins dredging third
    channel'); names and acronyms stay."""
    words = headline.split()
    long = [w for w in words if len(w) > 3 and w[:1].isalpha()]
    if not long or sum(w[:1].isupper() for w in long) < 0.7 * len(long):
        return headline
    lower = {t.word for t in tokens(body) if t.is_word and t.word.islower()}
    capital = {m.group(1) for m in re.finditer(r"(?<=[^.!?\s“\"])\s+([A-Z][a-z][\w’'-]*)", body)}  # inside a sentence
    out = [words[0]]
    for w in words[1:]:
        core = w.strip(",.:;!?’'\"“”()")
        low = core.lower()
        common = low in lower or bool(_lemmas(low)) or low in _FUNCTION_END
        if core[1:].islower() and common and core not in capital:
            w = w.replace(core, low)
        out.append(w)
    return " ".join(out)


def statement_title(speaker: str, relation: str, about: str) -> str:
    """The title of a release whose news is a statement it introduces (*The following is the full statement by the
    Mayor on the flood.*): "<speaker> issues statement <relation> <about>" ("Mayor issues statement on flood"), with
    at most six words of the subject, the last dropped until the title fits :data:`MAX_TITLE` (one kept at least),
    never ending on a function word.

    Parameters
    ----------
    speaker : str
        Who made the statement, as the release names them (a leading article is dropped).
    relation : str
        The preposition that introduces the subject (*on*, *about*, *regarding*, *concerning*).
    about : str
        What the statement is about.
    """
    speaker = re.sub(r"^(?:the|an?)\s+", "", " ".join(speaker.split()), flags=re.I)
    head = f"{speaker} issues statement {relation.lower()}"
    words = re.findall(r"[\w’'-]+", about)[:6]
    while len(f"{head} {' '.join(words)}") > MAX_TITLE and len(words) > 1:  # whole words, within a title's length
        words = words[:-1]
    while len(words) > 1 and words[-1].lower() in _FUNCTION_END:
        words = words[:-1]
    return f"{head} {' '.join(words)}"


#: a title that names only the kind of text an actor gave, not what it says ('Ann Lee makes statement', 'Senator
#: Roe sends letter', 'Lee delivers remarks')
_GENRE_ACT = re.compile(r"(?P<actor>.+?)\s+(?:makes|make|issues|issue|releases|release|delivers|deliver|sends|send|"
                        r"leads|lead|writes|write|gives|give)\s+(?:a\s+|the\s+)?(?:following\s+)?"
                        r"(?:statement|remarks|letter|testimony|speech)")


def genre_title(title: str, headline: str, body: str) -> str:
    """The page's headline as the title of a lead whose own title names only the kind of text its actor gave
    (:data:`_GENRE_ACT`: 'Jane Roe makes statement' of *Senator Jane Roe made the following statement today*), when
    the headline names that actor by the last word of the name and says more than the kind of text: written in
    sentence case (:func:`_sentence_case`) and cut where a phrase starts to fit :data:`MAX_TITLE`
    (:func:`fit_title`); "" otherwise ('Roe: Harbor Closure a Necessary Step' → 'Roe: harbor closure necessary
    step').

    Parameters
    ----------
    title : str
        The lead's own title.
    headline : str
        The page's headline.
    body : str
        The story's text, to tell names from common words.

    Returns
    -------
    str
    """
    act = _GENRE_ACT.fullmatch(title)
    head = _HEADLINE_DAY.sub("", " ".join(headline.split())).strip(" .:;-–—")
    if not act or not head or head[:1] in "([" or "?" in head:
        return ""
    name = act.group("actor").split()[-1].lower()
    words = [w.strip(",.:;!?’'\"“”") for w in head.split()]
    if name not in {w.lower() for w in words} or _RELEASE_GENRES.match(head):
        return ""
    fitted = fit_title([w for w in _sentence_case(head, body).split() if w.lower() not in {"a", "an", "the"}])
    return fitted if len(set(content_terms(fitted)) - set(content_terms(title))) >= 2 else ""


#: a release's headline naming who made a statement and what it is on ('Roe Statement on the Harbor Closure', 'Chairs
#: Roe and Lee Issue Statements Following the Vote', 'Senator Roe’s Floor Statement Regarding the Bill')
_STATEMENT_HEAD = re.compile(r"(?P<actor>[A-Z][^:;?]*?)(?:['’]s?)?(?:\s+(?P<verb>issues?|releases?|delivers?|makes?))?"
                             r"(?:\s+(?:joint|opening|floor|closing|prepared|written))?\s+(?P<kind>statements?)\s+"
                             r"(?P<rel>on|regarding|concerning|about|following|after|at|from)\s+(?P<about>\S.*)", re.I)


#: a release's headline naming a statement first, then who made it and what it is on ('Statement by Secretary of
#: State Ann Roe on the Flood', 'Statement from Mayor Roe Regarding the Verdict'): the speaker is named before the
#: subject, after an office ('Secretary of State') when there is one
_STATEMENT_BY_HEAD = re.compile(r"(?:joint\s+)?statements?\s+(?:by|from|of)\s+(?P<actor>[^:;?]*?)\s+"
                                r"(?P<rel>on|regarding|concerning|about|following|after)\s+(?P<about>\S.*)", re.I)


def statement_label_title(headline: str, body: str) -> str:
    """The title of a release that is one statement, from its headline: '<who> issues statement <on> <what>' when the
    headline is a statement's label that names its speaker and subject ('Statement by Secretary of Defense Ann Roe on
    the Flood' → 'Ann Roe issues statement on flood'; 'Mayor Roe’s Statement on the Verdict' → 'Roe issues statement
    on verdict'), in sentence case without articles, fitted to :data:`MAX_TITLE`; "" for any other headline, one with
    a verb of its own ('Roe Issues Statement on …', 'FAA Publishes Statement on …': a headline that tells an act), or
    one naming no speaker ('Statement on the Flood').

    Parameters
    ----------
    headline : str
        The page's headline.
    body : str
        The story's text, to tell names from common words.

    Returns
    -------
    str
    """
    line = " ".join(headline.split()).strip(" .:;-–—")
    by = _STATEMENT_BY_HEAD.fullmatch(line)
    m = by or _STATEMENT_HEAD.fullmatch(line)
    if m is None or by is None and m.group("verb"):
        return ""
    words = m.group("actor").strip(" ,").split()
    if by is not None:  # 'Secretary of Defense Ann Roe' → 'Ann Roe': a name's two words after the office
        lower = [n for n, w in enumerate(words) if w[:1].islower()]
        words = words[lower[-1] + 1:] if lower else words
        words = words[-2:] if lower else words  # the office's last words ('of Homeland Security Jo Roe'): a name
    words = [w[:-2] if w.endswith(("’s", "'s")) else w for w in words]
    if not 1 <= len(words) <= 6 or any(not w[:1].isupper() for w in words) or _finite_verb(words + ["x"]):
        return ""
    while len(words) > 1 and re.sub(r"(?:s|\.)$", "", words[0].lower()) in _ROLE_WORDS | {"u.s", "us"}:
        words = words[1:]
    kind = "statements" if " and " in m.group("actor") else "statement"
    about = [w for w in _sentence_case(m.group("about"), body).split() if w.lower() not in {"a", "an", "the"}]
    return fit_title([*words, "issue" if kind == "statements" else "issues", kind, m.group("rel").lower(), *about])


def statement_headline(title: str, headline: str, quote: str, body: str) -> str:
    """The title of a release's lead that names only a statement, from a headline that says who made it and what it
    is on (:data:`_STATEMENT_HEAD`): '<who> issue(s) statement(s) <on> <what>', in sentence case without articles,
    cut where a phrase starts to fit :data:`MAX_TITLE` with a word of what it is on left ('Senator Roe released the
    following statement today:' under 'Roe Statement on the Harbor Closure Vote' → 'Roe issues statement on harbor
    closure vote'); "" when the title names no statement, the headline is of another form, its actor is no name of
    up to six words that the quote writes (by its last word), or nothing of what it is on fits.

    Parameters
    ----------
    title : str
        The lead record's own title ('Jane Roe releases statement', 'Roe issues statement on news').
    headline : str
        The page's headline.
    quote : str
        The lead record's quote, which must name the headline's actor.
    body : str
        The story's text, to tell names from common words (:func:`_sentence_case`).

    Returns
    -------
    str
    """
    m = _STATEMENT_HEAD.fullmatch(" ".join(headline.split()).strip(" .:;-–—"))
    if not re.search(r"\bstatements?\b", title, re.I) or m is None:
        return ""
    actor = m.group("actor").strip(" ,")
    words = actor.split()
    name = words[-1].strip(",.’'") if words else ""
    if not 1 <= len(words) <= 6 or any(w[:1].islower() and w != "and" for w in words) \
            or name.lower() not in {w.strip(",.:;’'()“”\"").lower() for w in quote.split()} \
            or _finite_verb(words + ["x"]) and not m.group("verb"):
        return ""  # ('FAA Publishes Statement on …': a verb of the actor's own)
    plural = " and " in actor or "," in actor or m.group("kind").lower().endswith("s")
    while len(words) > 1 and re.sub(r"(?:s|\.)$", "", words[0].lower()) in _ROLE_WORDS | {"u.s", "us"}:
        words = words[1:]  # headlines name people by surname: 'Chairs Roe and Lee', 'Senator Roe' → 'Roe and Lee'
    kind = "statements" if m.group("kind").lower().endswith("s") else "statement"
    about = [w for w in _sentence_case(m.group("about"), body).split() if w.lower() not in {"a", "an", "the"}]
    fitted = fit_title([*words, "issue" if plural else "issues", kind, m.group("rel").lower(), *about])
    return fitted if set(content_terms(fitted)) - set(content_terms(title)) else ""


def headline_title(headline: str, lead: str, body: str, *, stated: bool = True, cut: bool = False) -> str:
    """An article's headline as the title of the event its lead sentence states, when it states the same event:
    a headline with a verb (not a release's genre: 'Statement on …'), of at most :data:`MAX_TITLE` characters,
    at least three content words and most of them in the lead ('Port Authority Reopens Harbor After Storm' for
    'The port authority reopened the harbor on Tuesday, two days after the storm closed it.'); written in sentence
    case (:func:`_sentence_case`). "" otherwise.

    Parameters
    ----------
    headline : str
    lead : str
        The story's first sentence (or two, when the first is a short line).
    body : str
        The story's text, to tell names from common words.
    stated : bool, default True
        Whether the headline must state the lead's event; without, any headline of at most :data:`MAX_TITLE`
        characters and two words or more (a release's 'Remarks on the Harbor Closure' for the line that says
        when they were delivered).
    cut : bool, default False
        Whether a longer headline that states the lead's event may be cut to fit (:func:`_cut_headline`).

    Returns
    -------
    str
    """
    head = _HEADLINE_DAY.sub("", " ".join(headline.split())).strip(" .:;-–—")
    if not head or len(head) > MAX_TITLE and not (cut and stated) or head[:1] in "([" or "?" in head:
        return ""
    if not stated:
        return _sentence_case(head, body) if len(head.split()) >= 2 else ""
    if _RELEASE_GENRES.match(head):
        return ""
    terms = {_stem(t) for t in content_terms(head)}
    if len(terms) < 3 or not _finite_verb(head.split()):
        return ""
    said = {_stem(t) for t in content_terms(lead)} | {_stem(t.word) for t in tokens(lead) if t.is_word}
    if len(terms & said) < 0.75 * len(terms):
        return ""
    return _cut_headline(head, body) if len(head) > MAX_TITLE else _sentence_case(head, body)


#: a label before a headline's colon that names the kind of page, not who acts ('Hearing summary: …', 'Fact sheet: …')
_LABEL_COLON = re.compile(r"^[^:]*\b(?:summary|statement|remarks|readout|testimony|transcript|update|release|sheet|"
                          r"advisory|notice|video|photos?)\s*:", re.I)


def _cut_headline(head: str, body: str) -> str:
    """A headline longer than :data:`MAX_TITLE` in sentence case, cut where a phrase starts (:func:`fit_title`): up
    to a semicolon, without articles, with a finite verb and three content words left ('Federal Regulator Fines
    the Harbor Operator Over Late Ferry Logs and Unpaid Dues' → 'Federal Regulator fines harbor operator over late
    ferry logs'); "" when it opens with a page label ('Hearing Summary: …') or no such cut is left."""
    whole, head = head, head.split(";")[0].strip()
    if _LABEL_COLON.match(head):
        return ""
    plain = functools.partial(re.sub, r"[’‘]", "'")
    body = plain(" ".join(body.split())).replace(plain(whole), " ")  # (the headline repeated in the text says not
    # how the story writes its words)
    words = [w for w in _sentence_case(head, body).split() if w.lower() not in {"a", "an", "the"}]
    fitted = fit_title(words)
    return fitted if len(content_terms(fitted)) >= 3 and _finite_verb(fitted.split()) else ""
