"""Copies of one article in a folder: a wire story republished by other sites, a print and an AMP view, a
release on its author's site and on a newswire, a shortened version.

A scraped folder often holds one text several times, each copy under its own menus, stamps and publication
date. :func:`find_copies` finds them at article level: each text is cut into word shingles (runs of ``k``
lowercase words, hashed with ``zlib.crc32`` so that results do not depend on the process), an inverted index
of the shingles gives the pairs of articles that share some, and a pair is a copy when the shared shingles
make ``containment`` of the smaller text (a shortened copy, or a page holding the release among others, is
contained in the other). A shingle held by more than ``cap`` articles (a site's furniture, a programme's
standard opening, a story republished everywhere) links each of them only with the next one in the folder's
order, so the work grows with the folder's size, not its square (:func:`copy_pairs`).

:func:`join_copies` then makes the mentions of one sentence in two copies one event: after the merge
(:func:`timeline.identity.merge`), two rows of two copies whose quotes are near-identical (``rapidfuzz``
ratio) and which print the same date expression are put in one event even when their dates disagree (a
relative *Monday* resolved against two publication stamps). The event keeps the date of the row that prints a
full date (an ``absolute`` anchor), else the date of the copy published first (the original precedes its
republications: a later stamp is a republisher's), and its note names the copies joined.
"""

from __future__ import annotations

import re
import zlib
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence

import numpy as np
import pandas as pd

from .events import E

#: words of a shingle
DEFAULT_K = 5
#: share of the smaller text's shingles found in the other that makes two articles copies
DEFAULT_CONTAINMENT = 0.4
#: a shingle held by more articles than this links each of them only with the next (furniture, or a crowd of copies)
DEFAULT_CAP = 20
#: one shingle in this many is kept in a :func:`signature` (modulo sampling: the kept ones are the same in every text)
SAMPLE = 4
#: fewest kept shingles a text needs to be compared (a stub of a few dozen words is nobody's copy)
MIN_SHINGLES = 8
#: ``rapidfuzz.fuzz.ratio`` of two quotes that are one sentence of two copies
SENTENCE_RATIO = 92.0

_WORD = re.compile(r"\w+")
_NUMBER = re.compile(r"\d+")


def shingles(text: str, k: int = DEFAULT_K, sample: int = 1) -> frozenset[int]:
    """Hashed runs of ``k`` lowercase words of a text.

    Parameters
    ----------
    text : str
    k : int, optional
        Words a shingle.
    sample : int, optional
        Keep only the hashes divisible by ``sample`` (1: all). Every text keeps the same shingles, so the share
        of one text's kept shingles found in another estimates the share of all of them (:data:`SAMPLE`).

    Returns
    -------
    frozenset of int
        ``zlib.crc32`` of each kept run (empty when the text has fewer than ``k`` words).
    """
    words = _WORD.findall(text.lower())
    hashes = (zlib.crc32(" ".join(words[i:i + k]).encode()) for i in range(len(words) - k + 1))
    return frozenset(h for h in hashes if h % sample == 0)


def signature(text: str) -> frozenset[int]:
    """The shingles of a text that :func:`find_copies` compares (one in :data:`SAMPLE`, a few hundred bytes a
    text: an engine's workers send them instead of the texts)."""
    return shingles(text, DEFAULT_K, SAMPLE)


def article_signature(article) -> frozenset[int]:
    """:func:`signature` of an article's story (its body regions, :attr:`timeline.articles.Article.body`)."""
    text = article.reading  # (whatever its line ends)
    return signature(" ".join(text[s:e] for s, e in article.body))


def find_copies(texts: Mapping[str, str], *, containment: float = DEFAULT_CONTAINMENT,
                cap: int = DEFAULT_CAP) -> list[tuple[str, str, float]]:
    """Pairs of articles that are copies of one text (:func:`copy_pairs` of their :func:`signature`).

    Parameters
    ----------
    texts : mapping
        Article id to its text (the body; furniture makes no difference but costs time).
    containment, cap : float, int, optional
        See :func:`copy_pairs`.

    Returns
    -------
    list of (str, str, float)
    """
    return copy_pairs({i: signature(t) for i, t in texts.items()}, containment=containment, cap=cap)


def copy_pairs(signatures: Mapping[str, Collection[int]], *, containment: float = DEFAULT_CONTAINMENT,
               cap: int = DEFAULT_CAP) -> list[tuple[str, str, float]]:
    """Pairs of articles that are copies of one text, from their shingle signatures.

    The index is a sorted array of (shingle, article) entries (``numpy``, 12 bytes an entry): the articles of
    one shingle are a run of it. A run of at most ``cap`` articles counts a shared shingle for each of its pairs; a
    longer run (a site's furniture, or a story republished by more than ``cap`` sites) only for each article and
    the next one, so a crowd of copies still links as a chain and the work stays linear in the signatures.

    Parameters
    ----------
    signatures : mapping
        Article id to its :func:`signature`.
    containment : float, optional
        Share of the smaller text's shingles found in the other that makes a copy.
    cap : int, optional
        Longest run of one shingle whose articles are all compared pair by pair.

    Returns
    -------
    list of (str, str, float)
        ``(id_a, id_b, containment)`` with ``id_a`` before ``id_b`` in ``signatures`` order, in that order.
    """
    ids = list(signatures)
    sizes = np.array([len(signatures[i]) for i in ids], dtype=np.int64)
    keep = np.flatnonzero(sizes >= MIN_SHINGLES)
    if len(keep) < 2:
        return []
    hashes = np.concatenate([np.fromiter(signatures[ids[n]], dtype=np.uint32, count=int(sizes[n])) for n in keep])
    owners = np.repeat(keep, sizes[keep])
    order = np.lexsort((owners, hashes))  # by shingle, then in article order: a pair's first is the earlier
    hashes, owners = hashes[order], owners[order]
    starts = np.flatnonzero(np.r_[True, hashes[1:] != hashes[:-1]])
    lengths = np.diff(np.r_[starts, len(hashes)])
    long_runs = np.repeat(lengths > cap, lengths) & np.r_[hashes[1:] == hashes[:-1], False]
    first, second = [owners[long_runs]], [owners[np.flatnonzero(long_runs) + 1]]
    for size in range(2, cap + 1):
        at = starts[lengths == size]
        for x in range(size):
            for y in range(x + 1, size):
                first.append(owners[at + x])
                second.append(owners[at + y])
    keys, shared = np.unique(np.concatenate(first) * len(ids) + np.concatenate(second), return_counts=True)
    a, b = keys // len(ids), keys % len(ids)
    share = shared / np.minimum(sizes[a], sizes[b])
    hit = np.flatnonzero(share >= containment)
    return [(ids[a[k]], ids[b[k]], round(float(share[k]), 3)) for k in hit]


def copy_groups(pairs: Sequence[tuple[str, str, float]]) -> list[list[str]]:
    """Groups of articles linked by copy pairs (a copy of a copy is a copy), each in first-seen order."""
    groups: dict[str, list[str]] = defaultdict(list)
    for x, top in _roots((a, b) for a, b, _ in pairs).items():
        groups[top].append(x)
    return [g for g in groups.values() if len(g) > 1]


def _roots(edges: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Union-find over ``edges``: every node, in first-seen order, to the root of its connected component."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[rb] = ra
    return {x: root(x) for x in parent}


#: columns every row of one event shares (the rest are the row's own: its quote, date expression, anchor, note)
EVENT_COLUMNS = (E.event_id, E.date, E.end_date, E.title, E.lane, "precision", "start", "end", "confidence")


def _plain(text: str) -> str:
    return " ".join(text.split()).lower()


def aligned_rows(frame: pd.DataFrame, pairs: Sequence[tuple[str, str, float]]) -> list[tuple[int, int]]:
    """Row positions ``(i, j)`` of ``frame`` that are one sentence of two copies: the rows' articles are a copy
    pair, their quotes are near-identical (:data:`SENTENCE_RATIO`), give the same numbers and print the same date
    expression. (A series of releases written from one template, *the agency has approved $690 million* one day and
    *$720 million* a week later, is not one text: its figures differ.)"""
    from rapidfuzz.fuzz import ratio

    by_source: dict[str, list[int]] = defaultdict(list)
    for pos, source in enumerate(frame[E.source]):
        by_source[source].append(pos)
    quotes = [_plain(q) for q in frame[E.quote]]
    said = [_plain(t) for t in frame[E.date_text]]
    numbers = [sorted(_NUMBER.findall(q)) for q in quotes]
    out = []
    for a, b, _ in pairs:
        for i in by_source.get(a, ()):
            for j in by_source.get(b, ()):
                if said[i] == said[j] and numbers[i] == numbers[j] \
                        and ratio(quotes[i], quotes[j], score_cutoff=SENTENCE_RATIO):
                    out.append((i, j))
    return out


def _winner(rows: Sequence[int], frame: pd.DataFrame, published: Mapping[str, object]) -> int:
    """The row whose date an event of joined copies keeps: one printing a full date (``absolute`` anchor), else
    the one of the copy published first (a later stamp is a republisher's); ties keep the earlier row."""
    def rank(pos: int) -> tuple:
        row = frame.iloc[pos]
        day = published.get(row[E.source])
        return (row.get("anchor") != "absolute", day is None, str(day), pos)
    return min(rows, key=rank)


def join_copies(frame: pd.DataFrame, pairs: Sequence[tuple[str, str, float]],
                published: Mapping[str, object] | None = None) -> pd.DataFrame:
    """Make the mentions of one sentence in two copies one event, and say so in the notes.

    Parameters
    ----------
    frame : pandas.DataFrame
        Merged candidates (:func:`timeline.identity.merge`), one row per quote.
    pairs : sequence of (str, str, float)
        Copy pairs of :func:`find_copies`.
    published : mapping, optional
        Article id to its publication date (``None`` when unknown), for the date rule.

    Returns
    -------
    pandas.DataFrame
        The frame (a copy when changed, with its ``attrs``): the events of aligned rows (:func:`aligned_rows`) joined, each taking
        the event columns (:data:`EVENT_COLUMNS`) of the row of :func:`_winner`; each aligned row's note ends
        with ``copy of <other ids>``; a quote the joined events shared is kept once (:func:`_quoted_once`).
    """
    if frame.empty or not pairs:
        return frame
    aligned = aligned_rows(frame, pairs)
    if not aligned:
        return frame
    published = published or {}
    frame = frame.copy()
    events = list(frame[E.event_id])
    other: dict[int, set[str]] = defaultdict(set)
    for i, j in aligned:
        other[i].add(frame.iloc[j][E.source])
        other[j].add(frame.iloc[i][E.source])
    top = _roots((events[i], events[j]) for i, j in aligned)
    members: dict[str, list[int]] = defaultdict(list)
    for pos in other:
        members[top[events[pos]]].append(pos)
    note_col = frame.columns.get_loc(E.note)
    for pos, names in other.items():
        frame.iat[pos, note_col] = f"{frame.iat[pos, note_col]}; copy of {', '.join(sorted(names))}"
    for rows in members.values():
        ids = {events[p] for p in rows}
        if len(ids) < 2:
            continue
        win = frame.iloc[_winner(rows, frame, published)]
        cols = [c for c in EVENT_COLUMNS if c in frame.columns]
        mask = frame[E.event_id].isin(ids)
        for c in cols:
            frame.loc[mask, c] = win[c]
    return _together(_quoted_once(frame))


def _quoted_once(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per quote of each event: two events joined here that each quoted one sentence (a sentence of a page
    dated twice, each date an event, both events copied in another page) keep the first such row."""
    keys = [E.event_id, E.source, E.quote_start, E.quote_end]
    if not set(keys) <= set(frame.columns):
        return frame
    twice = frame.duplicated(keys)
    if not twice.any():
        return frame
    out = frame[~twice]
    out.attrs.update(frame.attrs)
    return out


def _together(frame: pd.DataFrame) -> pd.DataFrame:
    """The rows of each event next to each other, events in the order of their first row (a stable reorder)."""
    events = list(frame[E.event_id])
    first: dict[str, int] = {}
    for pos, event in enumerate(events):
        first.setdefault(event, pos)
    order = sorted(range(len(frame)), key=lambda pos: (first[events[pos]], pos))
    out = frame.iloc[order].reset_index(drop=True)
    out.attrs.update(frame.attrs)
    return out
