"""One actor under several names across a folder: a role noun and the one name that carries it there.

News tells one act with the actor named in full in one article and by a role in another: *President Ann Roe
signed the bill* and *the president signed the bill*, *Acme Corp. cut 500 jobs* and *the company cut 500 jobs*,
*the Harbor Safety Agency (HSA) grounded the fleet* and *the agency grounded the fleet*. A role alone says not
which actor it is, and :mod:`timeline.identity` cannot compare it with a name. Over a whole folder, a role is
often carried by one name only: the folder's quotes write it before the name (*President Ann Roe*, *Energy
Secretary Bo Lee*), or as the kind word of a company's or a body's name (*Acme Corp.*, *the Harbor Safety
Agency (HSA)*). :func:`alias_table` collects those, from the texts alone (no list of real names), and keeps a
role only when one name dominates it in the folder (two presidents, two companies: no alias).
:func:`resolve` gives a mention whose subject is that role the name's actor keys.

A qualified role (*Energy Secretary*, *the Ruritanian president*) is its own key, so *the Ruritanian president*
is looked up among the names written after *Ruritanian President*, and the bare *the president* only among the
names written after a bare *President*; a role after *former* or *then* is another holder and counts nowhere.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Mapping, Sequence

from .clauses import actor_keys, content_terms
from .titles import fit_title

__all__ = ["ALIAS_SHARE", "PERSON_TITLES", "Alias", "AliasTable", "alias_table", "resolve", "retitle", "role_names",
           "table_of"]


@dataclass(frozen=True)
class Alias:
    """The one name that carries a role in a folder.

    Attributes
    ----------
    keys : frozenset of str
        Its actor keys (:func:`timeline.clauses.actor_keys`: ``{roe}``, ``{acme}``, ``{harbor, safety, hsa}``).
    name : str
        How a title shows it: a person's surname (*Roe*), a company's name before its kind word (*Acme*), a body's
        initialism (*HSA*).
    """

    keys: frozenset[str]
    name: str

#: titles written before a person's name that a subject may give alone (*the president*, *the governor*), with
#: the abbreviations written for them (*Sen. Ann Roe*); the role key is the full word
PERSON_TITLES: Mapping[str, str] = {
    "president": "president", "pres": "president", "governor": "governor", "gov": "governor", "mayor": "mayor",
    "minister": "minister", "premier": "premier", "chancellor": "chancellor", "secretary": "secretary",
    "senator": "senator", "sen": "senator", "chairman": "chairman", "chairwoman": "chairwoman",
    "commissioner": "commissioner", "administrator": "administrator", "ambassador": "ambassador",
    "director": "director", "judge": "judge", "prosecutor": "prosecutor", "king": "king", "queen": "queen",
    "pope": "pope", "commander": "commander",
}
#: kind words ending a company's name (*Acme Corp.*, *Brightline Group*): the name is *the company*'s
COMPANY_WORDS = frozenset({"inc", "corp", "corporation", "co", "company", "ltd", "llc", "plc", "group"})
#: head words of a body's name written with its initialism (*the Harbor Safety Agency (HSA)*): the role is the
#: head word (*the agency*)
BODY_WORDS = frozenset({"agency", "administration", "commission", "department", "board", "committee", "bureau",
                        "service", "institute", "authority", "council", "ministry", "office", "organization",
                        "organisation", "centers", "center", "court"})
#: the least share of a role's mentions before a name that the most frequent name must hold to be its alias
ALIAS_SHARE = 0.8

_CAP = r"[A-Z][\w’'&-]*\.?"
_NAME = r"(%s(?:\s+(?:[A-Z]\.\s*)?%s){0,2})" % (_CAP, _CAP)
#: a title before a name, with up to two capitalised qualifier words (*Energy Secretary Bo Lee*, *Sen. Ann Roe*)
_TITLED = re.compile(r"(?:\b(former|then|ex|late|acting|outgoing|incoming|vice|deputy|assistant|under)[\s-]+)?"
                     r"((?:[A-Z][\w’'.-]*\s+){0,2}?)\b(%s)\.?\s+%s" % (
                         "|".join(sorted((t.capitalize() for t in PERSON_TITLES), key=len, reverse=True)), _NAME))
_WORD = r"[A-Z][\w’'&-]*"  # no full stop: a company's name does not cross a sentence's end
_COMPANY = re.compile(r"((?:%s\s+){0,3}%s)\s+(?:%s)\b" % (_WORD, _WORD, "|".join(
    w.capitalize() for w in sorted(COMPANY_WORDS, key=len, reverse=True))))
_BODY = re.compile(r"((?:[A-Z][\w’'-]*\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?){0,5}(%s))\s*\(([A-Z]{2,6})\)"
                   % "|".join(w.capitalize() for w in sorted(BODY_WORDS, key=len, reverse=True)))
_NAME_END = frozenset({"jr", "sr", "ii", "iii"})
_OPENERS = frozenset({"the", "a", "an", "and", "but", "as", "when", "after", "while", "on", "in", "at", "by", "former"})


def _surname(name: str) -> str:
    """The last word of a person's name, lower case, without a *Jr.* after it (``""`` for one that is no word)."""
    words = [w.strip(".,’'").lower() for w in name.split()]
    words = [w for w in words if w and w not in _NAME_END]
    last = words[-1] if words else ""
    return last if len(last) > 1 and last.isalpha() and content_terms(last) else ""  # not 'Press Secretary Monday' 


def _headline(line: str) -> bool:
    """Whether a line is written in title case (*Statement by the Governor Following Talks With Harbor Pilots*):
    three or more words of four letters or more, at least seven in ten of them capitalised; its capitals name no one,
    so a title in it is before no name."""
    words = re.findall(r"[A-Za-z][\w’'-]{3,}", line)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def role_names(quote: str) -> list[tuple[frozenset[str], Alias]]:
    """The (role key, name keys) pairs a quote writes: a title before a person's name (*Energy Secretary Bo Lee* →
    ``{energy, secretary}``, ``{lee}``), a company's name before its kind word (*Acme Corp.* → ``{company}``,
    ``{acme}``), a body's name before its initialism (*the Harbor Safety Agency (HSA)* → ``{agency}``, ``{harbor,
    safety, hsa}``). A title after *former*, *then*, *vice* … names another holder, and a line in title case (a
    headline: *President Addresses Nation*) names no one: they give nothing.

    Parameters
    ----------
    quote : str

    Returns
    -------
    list of (frozenset of str, Alias)
        Role key and the name written with it.
    """
    quote = "\n".join(line for line in quote.splitlines() if not _headline(line))
    out = []
    for m in _TITLED.finditer(quote):
        if m.group(1):
            continue
        qualifier = [w for w in m.group(2).split() if w.lower() not in _OPENERS]
        surname = _surname(m.group(4))
        if not surname or surname in PERSON_TITLES:
            continue
        role = frozenset(content_terms(" ".join(qualifier))) | {PERSON_TITLES[m.group(3).lower()]}
        out.append((role, Alias(frozenset({surname}), m.group(4).split()[-1].rstrip(".,"))))
    for m in _COMPANY.finditer(quote):
        words = [w for w in m.group(1).split() if w.lower() not in _OPENERS]
        keys = actor_keys((" ".join(words),))
        if keys:
            out.append((frozenset({"company"}), Alias(keys, " ".join(words))))
    for m in _BODY.finditer(quote):
        keys = actor_keys((m.group(1),)) | {m.group(3).lower()}
        out.append((frozenset({m.group(2).lower()}), Alias(keys, m.group(3))))
    return out


@dataclass(frozen=True)
class AliasTable:
    """The roles of a folder and the names that carry them, folder-wide and page by page (:func:`alias_table`).

    Attributes
    ----------
    roles : mapping
        Role key → the :class:`Alias` that carries it in the folder.
    known : mapping
        Role key → the names (:class:`Alias` by its keys) written at least twice with it in the folder.
    pages : mapping
        Page id → role key → the keys of the names the page writes with it.
    """

    roles: Mapping[frozenset[str], Alias] = field(default_factory=dict)
    known: Mapping[frozenset[str], Mapping[frozenset[str], Alias]] = field(default_factory=dict)
    pages: Mapping[str, Mapping[frozenset[str], frozenset[frozenset[str]]]] = field(default_factory=dict)

    def alias(self, role: frozenset[str], page: str) -> Alias | None:
        """The name a role stands for on a page: the folder's (:attr:`roles`) when the page writes the role with no
        name or with that one; the one other name it writes with the role when the folder knows it as a holder
        (:attr:`known`: a page of an earlier president's term); else none (a page naming two holders)."""
        names = self.pages.get(page, {}).get(role, frozenset())
        folder = self.roles.get(role)
        if not names or folder is not None and names == {folder.keys}:
            return folder
        return self.known.get(role, {}).get(next(iter(names))) if len(names) == 1 else None


def alias_table(texts: Mapping[str, str], *, share: float = ALIAS_SHARE) -> AliasTable:
    """Each role of a folder mapped to the one name that carries it there (:func:`role_names` over its pages).

    A role is kept when its most frequent name is written at least twice with it and holds at least ``share`` of
    the mentions of the names written at least twice with it: *President Ann Roe* four times and *President Bo Lee*
    twice is no one's; *President Roe* four times and *President Addresses Nation* once (a headline in title case, a
    stray mention) is Roe's. A page that writes the role with another holder's name keeps that one
    (:meth:`AliasTable.alias`).

    Parameters
    ----------
    texts : mapping
        Page id → its text (or its quotes joined).
    share : float

    Returns
    -------
    AliasTable
    """
    return table_of({page: role_names(text) for page, text in texts.items()}, share=share)


def table_of(written: Mapping[str, Sequence[tuple[frozenset[str], Alias]]], *, share: float = ALIAS_SHARE
             ) -> AliasTable:
    """:func:`alias_table` from the (role key, name) pairs each page writes (:func:`role_names` of its text).

    Parameters
    ----------
    written : mapping
        Page id → its :func:`role_names`.
    share : float

    Returns
    -------
    AliasTable
    """
    seen: dict[frozenset[str], Counter] = {}
    shown: dict[frozenset[str], Counter] = {}
    pages: dict[str, dict[frozenset[str], set]] = {}
    for page, pairs in written.items():
        for role, alias in pairs:
            seen.setdefault(role, Counter())[alias.keys] += 1
            shown.setdefault(alias.keys, Counter())[alias.name] += 1
            pages.setdefault(page, {}).setdefault(role, set()).add(alias.keys)
    roles, known = {}, {}
    for role, names in sorted(seen.items(), key=lambda kv: sorted(kv[0])):
        known[role] = {keys: Alias(keys, min(shown[keys].items(), key=lambda kv: (-kv[1], kv[0]))[0])
                       for keys, n in names.items() if n >= 2}
        (keys, top), total = names.most_common(1)[0], sum(n for n in names.values() if n >= 2)
        if top >= 2 and top >= share * total:
            roles[role] = known[role][keys]
    return AliasTable(roles, known, {p: {r: frozenset(k) for r, k in by.items()} for p, by in pages.items()})


def resolve(features: Sequence, pages: Sequence[str], table: AliasTable) -> list:
    """The features with a role subject (:attr:`timeline.identity.Features.agent`: *the president*, *the company*,
    *the Ruritanian president*, whose subject keys are only the role's words) named by the alias of the role on
    their page (:meth:`AliasTable.alias`): the name's keys become its subject and join its actors.

    Parameters
    ----------
    features : sequence of timeline.identity.Features
    pages : sequence of str
        The page id of each.
    table : AliasTable
        :func:`alias_table` of the folder.

    Returns
    -------
    list of timeline.identity.Features
    """
    out = []
    for f, page in zip(features, pages):
        alias = table.alias(f.agent, page) if f.agent and f.subject <= f.agent else None  # 'the Ruritanian president'
        out.append(dataclasses.replace(f, subject=alias.keys, actors=f.actors | alias.keys) if alias else f)
    return out


#: a title opening with a bare role noun before its verb (*President signs the bill*, *The company cuts jobs*)
_ROLE_HEAD = re.compile(r"(?:The\s+)?([A-Za-z][a-z]+)\s+(?=[a-z])")


def retitle(title: str, page: str, table: AliasTable) -> str:
    """A title that opens with a bare role noun (*President signs the bill*, *Company cuts 500 jobs*) opening with
    the name that carries the role on its page (:meth:`AliasTable.alias`) instead (*Roe signs the bill*, *Acme cuts
    500 jobs*), cut again to fit when the name is longer than the role (:func:`timeline.titles.fit_title`); any other
    title as it is (*President Roe signs*, a role with no alias, a named title that no cut fits).

    Parameters
    ----------
    title : str
    page : str
        The id of the page the title's quote comes from.
    table : AliasTable
        :func:`alias_table` of the folder.

    Returns
    -------
    str
    """
    m = _ROLE_HEAD.match(title)
    alias = table.alias(frozenset({m.group(1).lower()}), page) if m is not None else None
    if alias is None:
        return title
    named = fit_title((alias.name + " " + title[m.end() :]).split())  # a longer name may need a shorter cut
    return named or title
