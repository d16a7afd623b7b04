"""Headings of transcripts and releases that name an act of the page's day.

A transcript or a release opens with a heading that names what the page records and, often, the act it follows:
*Remarks by the Governor After Touring the Flood Damage*, *Statement by the Mayor Following a Meeting With the
Unions*, *Remarks Upon Departure*. The remarks are given right after that act, on the page's day, and the body —
what was said — seldom tells it with a date (*Thank you all. The crews showed me the levees …*). The act after the
heading's *After*, *Following* or *Upon* is then an event of the page's day, titled by the act (*Governor tours
flood damage*), not by the remarks.

Only a link word in a heading's own case (*After*, *AFTER*) counts, after the name of a spoken record (remarks, a
statement, a briefing, a press conference, comments, an exchange with reporters) that opens the line or follows
the name of its speaker; and only an act: a gerund (*After Signing the Bill*), whose understood subject is the
speaker of the remarks whether the heading names them or not, or a noun of the speaker's one-time act
(:data:`ACT_NOUNS`: *Following a Tour of …*, *After Their Meeting*) when the heading names the speaker — a noun
alone does not say whose act it was (*Remarks Following a Meeting on Safety*: a meeting held, attended or briefed
at), and its title would name no doer. Not what a
record is about (*Remarks on the Economy*, *Statement on the Anniversary of …*), nor where it was given (*Remarks
at a Dinner*), nor a happening the remarks answer later (*Remarks After the Storm*: a storm is no act of the day),
nor a news headline with a verb of its own (*Senator Releases Statement After Vote*: the release may come the
next day).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import all_lemmas
from .titles import fit_title, third_person

#: the longest line read as a heading (a longer one is prose)
HEADING_CHARS = 200

#: the names of a spoken record a heading opens with (or after its speaker's name: *Chairman Roe's Remarks …*)
_GENRE = (r"(?:remarks|statement|comments|(?:press|news)\s+(?:briefing|conference|gaggle)|briefing|"
          r"exchange\s+with\s+reporters)")

#: a heading of a spoken record that names the act it follows: the speaker's name before the record's name (capitalised
#: words, a possessive), the record's name, what stands between (*by the President*, *Outside the Embassy*), then the
#: link word in the heading's case (*After*, *Following*, *Upon*, or in capitals) and the act
_HEADING = re.compile(
    r"(?P<owner>(?:[A-Z][\w.’'-]*\s+){0,6}?)(?:(?i:opening|closing|joint)\s+)?(?P<genre>(?i:" + _GENRE + r"))\b"
    r"(?P<mid>[^|]*?)\s+(?P<link>After|Following|Upon|AFTER|FOLLOWING|UPON)\s+(?P<act>(?:(?:a|an|the)\s+)?[A-Z][^|]*)")

#: what ends a heading's own words: a separated tail (*| October 16, 2014*, *– Excerpt Regarding …*)
_TAIL = re.compile(r"\s+[|–—]\s+.*$|\s+-\s+[A-Z].*$")

#: a date closing a heading (*…, Eastport, May 4, 2027*), cut from the act
_CLOSING_DATE = re.compile(r",?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+)?\d{4}\s*$|[,;:\s]+$")

#: nouns of the one-time acts a heading's remarks follow, which their speaker does (*After Their Meeting*, *Following
#: a Tour of the Plant*, *Upon Arrival in Lyon*), with the verb that tells them. Not a happening (*storm*, *attack*),
#: a state or a topic, nor a body's act (*Following the Vote*, *After the Hearing*: the release's body tells it, with
#: its doer and its count, and the heading's noun alone titles it poorly)
SPEAKER_ACTS = {"meeting": "meet", "meetings": "meet", "tour": "tour", "visit": "visit", "signing": "sign",
                "departure": "depart", "arrival": "arrive", "inspection": "inspect"}
ACT_NOUNS = frozenset(SPEAKER_ACTS)
#: acts that say nothing without their object (*Upon Departure*, *Upon Arrival*): only with a place or a partner
_BARE_ACTS = frozenset({"depart", "arrive"})

#: words that open a noun phrase, dropped from the act's title (*a Tour of …* → *tours …*)
_DETERMINERS = frozenset({"a", "an", "the", "their", "his", "her", "its", "our", "my", "this"})
#: prepositions that end the head of an act's noun phrase (*Tour of*, *Meeting on*, *Vote to*)
_PREPOSITIONS = frozenset({"of", "on", "with", "to", "in", "at", "for", "about", "regarding", "from", "by", "between"})
#: gerunds that tell no act of their own (*Following Being Sworn In* is read by its noun, not here)
_NO_ACT_GERUNDS = frozenset({"be", "have", "do", "get", "go", "come", "say", "speak", "talk"})


@dataclass(frozen=True)
class HeadingAct:
    """The act a heading names (:func:`heading_act`).

    Attributes
    ----------
    speaker : str
        Who gave the remarks, as the heading names them (*President Jane Roe*, *the Governor* → *Governor*); "" when
        it names none.
    verb : str
        The act's verb (*meet*, *tour*, *sign*) when the speaker does it, else "".
    words : tuple of str
        The act's words as the heading prints them: the object after the verb (*the Flood Damage*) when ``verb``
        is set, else the whole noun phrase (*Vote to Approve Report*).
    partner : str
        Whom the speaker met (*Remarks by Roe With Poe After Their Meeting*), else "".
    """

    speaker: str
    verb: str
    words: tuple[str, ...]
    partner: str = ""


def heading_act(line: str) -> HeadingAct | None:
    """The act a transcript's or a release's heading names after *After*, *Following* or *Upon* (see the module
    docstring), or None.

    Parameters
    ----------
    line : str
        One line of the page's header.

    Returns
    -------
    HeadingAct or None
    """
    text = " ".join(line.split())
    if not text or len(text) > HEADING_CHARS or re.search(r"[a-z]{2}[.!?][\"”’]?$", text):
        return None  # a sentence, not a heading
    text = _TAIL.sub("", text)
    m = _HEADING.fullmatch(text)
    if m is None or not _speaker_name(m.group("owner")) and m.group("owner"):
        return None  # ('Senator Roe Releases Statement After Vote': a news headline's own verb)
    act = _CLOSING_DATE.sub("", m.group("act")).split()
    speaker, partner = _speaker(m.group("owner"), m.group("mid"))
    found = _act_words(act)
    if found is None:
        return None
    verb, words, gerund = found
    if verb in _BARE_ACTS and not words and not partner:
        return None  # ('Remarks Upon Departure': no news without where to)
    if not speaker and not gerund:
        return None  # ('Remarks Following a Meeting on Safety': whose meeting, who met whom, the heading does not say)
    if not speaker:  # ('Remarks After Signing the Accord': the speaker signed, unnamed) the act as written
        return HeadingAct("", "", tuple(act))
    return HeadingAct(speaker, verb, tuple(words), partner)


def _act_words(act: list[str]) -> tuple[str, list[str], bool] | None:
    """The verb of the speaker's act, its object and whether the heading writes it as a gerund (*Touring Flood
    Damage* → ``("tour", ["Flood", "Damage"], True)``, *a Tour of the Dam* → ``("tour", ["the", "Dam"], False)``);
    None when the words name no act of :data:`ACT_NOUNS` nor a gerund."""
    if not act:
        return None
    first = act[0].lower()
    lemma = next(iter(all_lemmas(first).get("VERB", ())), "") if first.endswith("ing") else ""
    if lemma and (first not in ACT_NOUNS or len(act) > 1 and act[1].lower() not in _PREPOSITIONS):
        return (lemma, act[1:], True) if lemma not in _NO_ACT_GERUNDS else None  # 'Signing the Bill', 'Meeting Leaders'
    words = act[1:] if first in _DETERMINERS else act
    end = next((k for k, w in enumerate(words) if w.lower() in _PREPOSITIONS), len(words))
    if not end or words[end - 1].lower() not in ACT_NOUNS:
        return None
    head = words[end - 1].lower()
    rest = words[end:]
    if rest and rest[0].lower() in {"of", "to"}:
        rest = rest[1:]  # 'Tour of the Plant' → 'tours the Plant', 'Visit to Lyon' → 'visits Lyon'
    return SPEAKER_ACTS[head], rest, False


def _speaker_name(owner: str) -> str:
    """The speaker named before a record's name (*Chairman Jane Roe's*, *Governor Roe*): capitalised words only."""
    words = owner.split()
    if not words or not all(w[:1].isupper() or w in {"of", "the"} for w in words):
        return ""
    return re.sub(r"['’]s$", "", " ".join(words))


def _speaker(owner: str, mid: str) -> tuple[str, str]:
    """Who gave the remarks and whom they met: the owner before the record's name, or *by …* after it (*by the
    President*, *by Governor Roe With Mayor Poe*), without a leading article."""
    name = _speaker_name(owner)
    if name:
        return name, ""
    by = re.fullmatch(r"\s+(?i:by|of)\s+(?P<who>.+?)(?:\s+(?i:with|and)\s+(?P<partner>[A-Z].+))?", mid)
    if by is None:
        return "", ""
    who = re.sub(r"^(?i:the)\s+", "", by.group("who"))
    if not all(w[:1].isupper() or w in {"of", "the", "and"} for w in who.split()):
        return "", ""  # ('Remarks by the President in an Exchange …': a place or a setting, no name)
    return who, by.group("partner") or ""


def heading_title(act: HeadingAct, case=lambda word: word) -> str:
    """The title of a heading's act: *Governor tours flood damage* (the speaker and the act's verb), *Roe meets Poe*,
    else the act's noun phrase (*Vote to approve report*), cut to fit a title.

    Parameters
    ----------
    act : HeadingAct
    case : callable, optional
        How a word printed in the heading's capitals is written in the text (*Damage* → *damage*; a name keeps its
        capital): :func:`timeline.lede.written_case` bound to the page.

    Returns
    -------
    str
    """
    words = [_cased(w, case) for w in act.words]
    if act.verb and act.speaker:
        obj = words or [_cased(w, case, name=True) for w in act.partner.split()]
        words = [*(_cased(w, case, name=True) for w in act.speaker.split()), third_person(act.verb), *obj]
    if not words:
        return ""
    return fit_title([words[0][:1].upper() + words[0][1:], *words[1:]])


def _cased(word: str, case, *, name: bool = False) -> str:
    """``word`` of a heading as the text writes it (``case``): a word in title case or capitals only, its punctuation
    kept (*Damage,* → *damage,*); one with a digit or capitals inside (*35W*, *McCain*) as printed; a name's word
    (``name``) in capitals only (*PRESIDENT* → *President*, *Jane* as printed)."""
    m = re.fullmatch(r"(\W*)([A-Za-z][a-z’'-]*|[A-Z][A-Z’'-]+)(\W*)", word)
    if m is None or name and not m.group(2).isupper() or m.group(2).isupper() and len(m.group(2)) < 2:
        return word
    return m.group(1) + case(m.group(2)) + m.group(3)

