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

import re

from .clauses import Clause, Token, analyse, tokens
from .lexicon import all_lemmas

__all__ = ["FALLBACK_TITLE", "MAX_TITLE", "directness", "event_phrase", "make_title", "third_person", "title_for"]

#: Longest title, in characters.
MAX_TITLE = 60

_DROP = {"a", "an", "the", "then", "also", "just", "already", "finally", "reportedly", "however", "meanwhile",
         "now", "still", "ever", "\"", "“", "”"}
_POSSESSIVE = {"its", "his", "her", "their"}
_FUNCTION_END = {"a", "an", "the", "of", "to", "for", "in", "on", "at", "by", "with", "from", "and", "or", "but",
                 "as", "that", "which", "who", "its", "his", "her", "their", "our", "into", "over", "than", "about",
                 "its", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "not", "s",
                 "this", "these", "those", "against", "after", "before", "between", "amid", "under", "up", "out",
                 "new", "further", "more", "nearly", "about", "some", "all", "each", "every", "no", "per", "via",
                 "up", "down", "off", "while", "when", "if", "because", "since", "until", "during", "through"}
_PHRASE_START = {"to", "for", "in", "on", "at", "by", "with", "from", "and", "or", "as", "after", "before", "over",
                 "into", "against", "amid", "under", "between", "during", "through", "than", "about", "via", "while",
                 "when", "if", "because", "since", "until", "that", "which", "who"}
_HARD_STOP = {"which", "who", "whom", "whose", "because", "although", "though", "while", "whereas", "according",
              "saying", "adding", "citing", "but", "when", "where", "after", "before", "since", "until", "if",
              "unless", "as"}
_PARTICLES = {"up", "off", "out", "down", "away", "back", "over", "ahead", "in"}
_PRONOUN_SUBJECTS = {"it", "he", "she", "they", "we", "i", "you", "this", "that", "which", "who", "there"}


def _headline_verb(clause: Clause, text: str, plural: bool) -> str:
    """The main verb in headline tense."""
    lemma, form = clause.verb_lemma, clause.verb_form
    head = text[clause.verb[0] : clause.verb[1]].split()[-1]
    if form in {"passive", "participle"}:
        return head
    if form == "future":
        return f"to {lemma}"
    if form == "modal":
        return text[clause.verb[0] : clause.verb[1]]
    if form == "infinitive":
        return f"to {lemma}"
    if plural:
        return lemma
    return third_person(lemma)


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


def _fit(words: list[str], limit: int) -> str:
    """Join words and cut before a phrase start so the result fits ``limit``, never ending on a function word."""
    best = ""
    for k in range(len(words), 0, -1):
        if k < len(words) and words[k].lower() not in _PHRASE_START and not re.match(r"[,;:(]", words[k]):
            continue  # only cut where a phrase ends
        if 0 < k < len(words) - 1 and words[k - 1][:1].isupper() and words[k + 1][:1].isupper():
            continue  # not inside a name ('Partnership for Peace')
        head = words[:k]
        while head and (head[-1].lower().strip(",;:") in _FUNCTION_END or not re.search(r"\w", head[-1])):
            head = head[:-1]
        cand = " ".join(head).strip(" ,;:–-.")
        if cand and len(cand) <= limit:
            best = cand
            break
    return best


def _tail(text: str, clause: Clause, start: int, date: tuple[int, int]) -> list[str]:
    """Words of the clause from ``start`` up to the first hard boundary, without the date and its preposition."""
    toks = tokens(text, start, clause.end)
    out: list[Token] = []
    after_date = False
    possessive = text[date[1] : date[1] + 2] in ("'s", "’s")  # 'by last Friday's tsunami' keeps its 'by'
    for i, t in enumerate(toks):
        w = t.word.lower()
        in_date = t.start < date[1] and t.end > date[0]
        if in_date:
            after_date = True
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is not None and nxt.start < date[1] and nxt.end > date[0] and not possessive and w in {
            "on", "in", "at", "since", "by", "from", "of", "until", "during", "after", "before", "through"}:
            continue  # the date's preposition
        if re.match(r"^(?:[’']s)$", t.word) and out and out[-1].end == t.start:
            out.append(t)
            continue
        if w == "as" and len(out) <= 1 and start >= clause.verb[1] > 0:
            out.append(t)  # 'sworn in as president', 'named as chief executive'
            continue
        if w in _HARD_STOP and out or t.word in {";", ":", "(", ")", "—", "–"}:
            break
        if t.word == "," and (out or after_date):
            break
        if not t.is_word and not out and not re.match(r"[$€£\d]", t.word):
            continue
        after_date = False
        if w in _POSSESSIVE and not out and start >= clause.verb[1] > 0:
            continue  # 'declares its first nuclear emergency' -> 'declares first nuclear emergency'
        if w in _DROP or (w.endswith("ly") and len(w) > 4 and w not in {"italy", "family", "july", "supply",
                                                                          "assembly", "ally", "rally"}):
            continue
        out.append(t)
    return _render(text, out).split()


#: The title of a mention whose clause names nothing else (a dateline alone); callers may replace it.
FALLBACK_TITLE = "Dated mention"


def make_title(text: str, clause: Clause, date_start: int, date_end: int) -> str:
    """A headline-style title for the event a clause states.

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
    date = (date_start, date_end)
    title = ""
    weak_verb = clause.verb == (0, 0) or clause.verb_lemma in {"be", "say", "tell"} or date_end <= clause.verb[0]
    named = _named_by_date(text, clause, date)
    if named:
        title = named  # 'the November election', 'the twin disasters of March 11': the date names that event
    elif weak_verb and not _initial_adverbial(text, clause, date):
        title = _date_phrase(text, clause, date)
    if not title and clause.verb != (0, 0) and clause.verb_lemma not in {"be", "say", "tell"}:
        title = _verb_title(text, clause, date)
    if not title and clause.action:
        title = _noun_title(text, clause, date)
    if not title or _is_lone_name(title, clause):
        title = _fit(_tail(text, clause, clause.start, date), MAX_TITLE) or title
    title = re.sub(r"\s+", " ", title.replace("\u00a0", " ")).strip(" ,;:–-.")
    bare = _TIME_WORDS.sub("", title).strip(" ,;:–-.")
    if len(bare.split()) >= 2 and not _is_lone_name(bare, clause) and not re.search(
            r"\b(?:to|of|by|for|with|and|the|a|an)$", bare, re.I):
        title = bare  # 'First fire breaks out on Tuesday' -> 'First fire breaks out'
    if not title or _is_lone_name(title, clause):
        whole = _fit(text[clause.start : clause.end].replace("\n", " ").split(), MAX_TITLE).strip(" ,;:–-.")
        title = whole if whole and not _is_lone_name(whole, clause) else (title or whole or FALLBACK_TITLE)
    return title[:1].upper() + title[1:]


#: time words a headline leaves out (the event's date is shown beside it): weekdays, clock times, 'this week'
_TIME_WORDS = re.compile(
    r"\s*\b(?:(?:on|by|until|late|early|earlier|last|this|next)\s+)*(?:(?:late|early)\s+)?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|tomorrow)"
    r"(?:\s+(?:night|morning|afternoon|evening))?\b(?![’'])"
    r"|\s*\b(?:at|by|around|about)\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\b\.?)?(?:\s+local time)?"
    r"|\s*\b(?:earlier |later )?(?:this|last|next) (?:week|month|year|weekend)\b(?![’'])|\s*\blocal time\b",
    re.I,
)


def _initial_adverbial(text: str, clause: Clause, date: tuple[int, int]) -> bool:
    """'On Thursday, …', 'In 1997, …': the date opens the clause as an adverbial."""
    head = text[clause.start : date[0]].strip().lower()
    return head in {"", "on", "in", "at", "by", "since", "until", "during", "from", "early", "late", "earlier",
                    "later", "back in", "as early as", "in early", "in late", "in mid", "as of"}


_NP_STOP = _HARD_STOP | {"and", "or", "to", "with", "by", "at", "on", "from", "into", "over", "under", "for",
                         "than", "that", "was", "were", "is", "are", "has", "have", "had", "been", "be", "will",
                         "would", "could", "should", "may", "might", "such", "including", "like", "through"}


def event_phrase(text: str, clause: Clause, date_start: int, date_end: int, *, loose: bool = True) -> list[str]:
    """Words of the noun phrase a date belongs to, or ``[]``.

    ``the twin disasters of March 11``, ``last Friday’s tsunami``, ``the 1990 Charter of Paris`` (always);
    ``Putin’s Munich Speech in 2007`` (only when ``loose``: a date after ``in`` may also belong to the verb).

    Parameters
    ----------
    text : str
    clause : Clause
    date_start, date_end : int
    loose : bool, default True

    Returns
    -------
    list of str
        The phrase's words without articles (empty when the date belongs to no noun phrase).
    """
    before = tokens(text, clause.start, date_start)
    possessive = text[date_end : date_end + 2] in ("'s", "’s")
    after = tokens(text, date_end + (2 if possessive else 0), clause.end)
    words: list[str] = []
    if before and before[-1].word.lower() in ({"of", "in", "from"} if loose else {"of"}) and not possessive:
        k = len(before) - 1
        i = k
        while i > 0:
            t = before[i - 1]
            w = t.word.lower()
            if not t.is_word and t.word not in {"-", "&"} or w in _NP_STOP or w.endswith("ing") and not t.is_cap:
                break
            if w in {"in", "of", "for"} and not (before[i].is_cap and i - 2 >= 0 and before[i - 2].is_word):
                break
            i -= 1
        words = [t.word for t in before[i:k] if t.word.lower() not in {"a", "an", "the"}]
    elif after and after[0].is_word and (possessive or not before or before[-1].word.lower() in {
            "the", "a", "an", "its", "their", "his", "her"} or before[-1].word.endswith(("’s", "'s"))):
        j = 0
        while j < len(after):
            t = after[j]
            w = t.word.lower()
            if not t.is_word and t.word not in {"-", "&"} or w in _NP_STOP and w not in {"for", "of", "in"}:
                break
            if w in {"for", "of", "in"} and not (j + 1 < len(after) and (after[j + 1].is_cap or
                                                                       after[j + 1].word.lower() in {"a", "the"})):
                break
            j += 1
        words = [t.word for t in after[:j] if t.word.lower() not in {"a", "an", "the"}]
    return [w for w in words if w.lower() not in _DROP]


def _named_by_date(text: str, clause: Clause, date: tuple[int, int]) -> str:
    """A title for a noun phrase that the date itself names, with the date when it is absolute: 'November
    election', 'Twin disasters of March 11'; "" when the date is no part of a noun phrase with a common noun."""
    words = event_phrase(text, clause, date[0], date[1], loose=False)
    if not words or not any(w[:1].islower() for w in words):
        return ""
    written = text[date[0] : date[1]]
    absolute = bool(re.search(r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", written, re.I)) and not \
        re.match(r"(?:last|next|this|that|the)\b", written, re.I)
    if re.search(r"\bof\s*$", text[max(clause.start, date[0] - 5) : date[0]], re.I):
        words = [*words, "of", written] if absolute else words
    elif text[date[1] : date[1] + 2] not in ("'s", "’s") and absolute:
        words = [written, *words]
    title = _fit(words, MAX_TITLE)
    return title if len(title.split()) >= 2 and not _is_lone_name(title, clause) else ""


def _date_phrase(text: str, clause: Clause, date: tuple[int, int]) -> str:
    """A title from the noun phrase a date belongs to: 'the CEO’s Davos speech', 'Kyoto Protocol of 1997'."""
    words = event_phrase(text, clause, date[0], date[1])
    title = _fit(words, MAX_TITLE)
    of = bool(re.search(r"\bof\s*$", text[max(clause.start, date[0] - 5) : date[0]], re.I))
    if title and _is_lone_name(title, clause) and of:
        title = _fit([*words, "of", text[date[0] : date[1]]], MAX_TITLE)  # 'Kyoto Protocol of 1997'
        return title if len(title.split()) > len(words) else ""
    if not title or len(title.split()) < 2 or _is_lone_name(title, clause):
        return ""
    return title


def _verb_title(text: str, clause: Clause, date: tuple[int, int]) -> str:
    """Actor + verb + what follows, shortened step by step (shorter actor, fewer modifiers) to fit."""
    subjects = _subjects(text, clause)
    rest = _tail(text, clause, clause.verb[1], date)
    particle = rest[0] if rest and rest[0].lower() in _PARTICLES else ""
    rest = rest[1:] if particle else rest
    plain = [w for i, w in enumerate(rest) if not ("-" in w[1:-1] and i + 1 < len(rest) and w[:1].islower())]
    for subject in subjects:
        head = re.split(r"\s+of\s+", subject)[0]
        plural = _is_plural(head.split()[-1]) if head else False
        verb = _headline_verb(clause, text, plural) + (f"\u00a0{particle}" if particle else "")
        for tail in (rest, plain):
            if subject:
                title = _fit([subject, *verb.split(), *tail], MAX_TITLE)
                if len(title.split()) > len(subject.split()) + 1 or title and not tail:
                    return title
            elif clause.verb_form in {"past", "perfect", "passive"} and tail:
                head = text[clause.verb[0] : clause.verb[1]].split()[-1]  # the participle as written
                part = head + (f"\u00a0{particle}" if particle else "")
                obj = _fit(tail, MAX_TITLE - len(part) - 1)
                if obj:
                    return f"{obj} {part}"
    return ""


def _is_plural(word: str) -> bool:
    w = word.lower()
    lemma = all_lemmas(w).get("NOUN")
    if not all_lemmas(w):  # unknown to the lexicon: judge by the ending
        return w.endswith("s") and not w.endswith(("ss", "us", "is"))
    return bool(lemma) and lemma[0].lower() != w and w.endswith("s")


def _subjects(text: str, clause: Clause) -> list[str]:
    """Actors for the title, longest first: the subject, its name, its head."""
    first = _subject(text, clause)
    out = [first]
    names = re.findall(r"(?:[A-Z][\w’'.-]+\s+){1,2}[A-Z][\w’'-]+$", first)
    if names and names[0] != first:
        out.append(names[0])
    head = re.split(r"\s+(?:of|for|from|with|in|at|on)\s+", first)[0]
    if head not in out:
        out.append(head)
    return out


def _subject(text: str, clause: Clause) -> str:
    """The actor for the title: the subject, shortened to its name, or the first actor for a pronoun."""
    subject = text[clause.subject[0] : clause.subject[1]] if clause.subject != (0, 0) else ""
    words = [w for w in subject.split() if w.lower() not in {"a", "an", "the"}]
    subject = " ".join(words)
    if not subject or subject.lower() in _PRONOUN_SUBJECTS:
        before = [a for a in clause.actors if 0 <= text.find(a, clause.start, clause.verb[0]) and len(a) <= 30]
        return before[0] if before else ""
    if len(subject) > 30:
        trailing = re.findall(r"(?:[A-Z][\w’'.-]+\s+)[A-Z][\w’'-]+$", subject)
        if trailing:
            return trailing[0]
        names = [a for a in clause.actors if a in subject and len(a) <= 30]
        if names:
            return max(names, key=len)
        head = re.split(r"\s+(?:of|for|from|with|in|at|on)\s+", subject)[0]
        return head if len(head) <= 30 else " ".join(head.split()[-3:])
    return subject


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
    return not words or len(words) <= 2 and all(w[:1].isupper() for w in words) or title in clause.actors \
        or bare in clause.actors


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


def directness(clause: Clause, date_start: int, date_end: int, confidence: float = 1.0) -> float:
    """How directly a clause states its event (higher is better), to choose an event's representative quote.

    A clause that is an event (not a reference, caption, stamp or hypothetical)
    scores most; then one whose main verb is an action (not a reporting verb or
    *be*), with a named actor, the date close to the verb, and few words.

    Parameters
    ----------
    clause : Clause
    date_start, date_end : int
        The date mention, in the clause's text offsets.
    confidence : float, default 1.0
        The candidate's confidence.

    Returns
    -------
    float
    """
    score = confidence
    score += {"event": 2.0, "scheduled": 1.8, "hypothetical": 0.5}.get(clause.kind, 0.0)
    if clause.verb != (0, 0) and clause.verb_lemma not in {"be", "say", "tell"}:
        score += 1.0
        gap = max(0, clause.verb[0] - date_end, date_start - clause.verb[1])
        score -= min(1.0, gap / 150)
    if clause.actors:
        score += 0.5
    if clause.subject != (0, 0):
        score += 0.5
    score -= min(1.0, (clause.end - clause.start) / 400)
    return score
