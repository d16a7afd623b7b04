"""Lanes: the rows of the timeline, from a lanes file or derived from the corpus.

A lane groups events of one kind. There are two ways to get them:

* **A lanes file** (TOML) names the lanes and the words that suggest each::

      # lanes.toml
      [lanes]
      "Deals" = ["agree*", "deal", "deals", "merger*", "takeover bid*"]
      "Courts" = ["court*", "judge*", "lawsuit*"]

  Words are matched as whole words, ignoring case; a ``*`` at the end of a
  word matches any ending (``agree*``: agree, agreed, agreement), and an
  entry with spaces is a phrase (``takeover bid*``). The lane whose words
  occur most often in a quote wins, ties go to the lane listed first, and a
  quote matching none goes to :data:`OTHER`. :func:`load_lanes` reads such a
  file; :func:`find_lanes_file` finds ``lanes.toml`` next to the articles.

* **Derived from the corpus** (no file, ``lanes=None``): every quote is first
  given an *event kind* from :data:`EVENT_KINDS`, a small lexicon of generic
  news actions (agreements and deals, meetings and talks, courts, markets,
  conflict, elections, disasters and health, appointments and resignations,
  statements) that says nothing about any subject. Then the corpus decides:
  the kinds that hold most events become lanes — at most ``MAX_LANES - 1`` of
  them, each with at least two events and 5% of the events — and every other
  event goes to :data:`OTHER` (:func:`collapse_lanes`). A takeover story thus
  gets lanes such as "Deals and agreements" and "Markets and money", an
  election "Elections and votes", a war history "Conflict and violence".
  "Statements" is listed last, so a quote that both reports a statement and
  names an action goes to the action. The lexicon is English: quotes in
  other languages go to "Other".

:func:`assign_lanes` gives lanes to the rows of an events frame (one lane per
event, from all its quotes) or to a list of texts.
"""

from __future__ import annotations

import functools
import math
import os
import re
import tomllib
from pathlib import Path
from typing import Iterable, Mapping, Sequence

import pandas as pd

from .events import EventSchema as E

__all__ = [
    "EVENT_KINDS",
    "LANES_FILE",
    "LanesError",
    "MAX_LANES",
    "OTHER",
    "Lanes",
    "assign_lanes",
    "collapse_lanes",
    "find_lanes_file",
    "finish_lanes",
    "guess_lane",
    "lane_scores",
    "lanes_for",
    "load_lanes",
]

#: A lane name mapped to the words (lowercase stems or phrases) that suggest it.
Lanes = Mapping[str, Sequence[str]]

#: The lane of events that match no lane (and of the rare kinds of a derived lane set).
OTHER = "Other"
#: At most this many lanes when they are derived from the corpus ("Other" included).
MAX_LANES = 6
#: The lanes file looked for next to the articles (see :func:`find_lanes_file`).
LANES_FILE = "lanes.toml"

#: Generic kinds of news events and the words that suggest them, in preference order
#: (ties go to the earlier kind; statements last). Stems are matched at word starts.
EVENT_KINDS: Mapping[str, tuple[str, ...]] = {
    "Deals and agreements": (
        "agree*", "deal", "deals", "accord", "accords", "pact*", "treaty", "treaties", "contract", "contracts",
        "signed", "signing", "signature*", "merge", "merged", "merger*", "acquir*", "acquisition*", "takeover*",
        "take over", "took over", "buyout*", "partnership*", "settlement*", "memorand*", "alliance*", "offer*",
        "bid", "bids", "bidder*",
    ),
    "Meetings and talks": (
        "meet*", "met", "talk*", "negotiat*", "summit*", "conference*", "visit*", "discuss*", "dialogue*",
        "consult*", "delegation*", "envoy*",
    ),
    "Courts and law": (
        "court*", "judge*", "lawsuit*", "sued", "suing", "trial", "trials", "verdict*", "ruling*", "ruled", "law",
        "laws", "legal*", "legislat*", "charged", "indict*", "arrest*", "convict*", "sentenc*", "prosecut*",
        "investigat*", "appeal*", "regulator*", "sanction*", "ban", "bans", "banned",
    ),
    "Markets and money": (
        "share", "shares", "shareholder*", "stock", "stocks", "price*", "market*", "invest*", "fund", "funds",
        "funding", "funded", "earning*", "profit*", "revenue*", "sales", "bank", "banks", "banking", "banker*",
        "interest rate*", "inflation", "dollar*", "euro", "euros", "currenc*", "dividend*", "income", "econom*",
        "trade", "trading", "tariff*", "bond", "bonds", "debt*", "budget*", "tax", "taxes", "stake", "stakes",
        "valuation*",
    ),
    "Conflict and violence": (
        "war", "wars", "attack*", "fight*", "battle*", "troop*", "military", "army", "armies", "armed", "kill*",
        "bomb*", "shelling", "shelled", "shot", "shoot*", "invasion*", "invad*", "weapon*", "missile*", "clash*",
        "violen*", "soldier*", "forces", "ceasefire*", "cease-fire*", "siege*", "occupied", "annex*",
        "offensive", "strike*", "protest*", "riot*",
    ),
    "Elections and votes": (
        "elect", "elects", "elected", "electing", "election*", "electoral", "vote*", "voting", "voter*", "ballot*",
        "poll", "polls", "polling", "polled", "campaign*", "candidate*", "referend*", "parliament*", "inaugurat*",
        "sworn in",
    ),
    "Disasters and health": (
        "earthquake*", "flood*", "storm", "storms", "hurricane*", "typhoon*", "cyclone*", "wildfire*", "drought*",
        "tsunami*", "outbreak*", "pandemic*", "epidemic*", "virus*", "disease*", "vaccin*", "hospital*",
        "infect*", "death toll*", "crash*", "accident*", "explosion*", "evacuat*", "casualt*", "famine*",
        "disaster*",
    ),
    "People and posts": (
        "resign*", "appoint*", "hire", "hired", "hiring", "fired", "dismiss*", "sacked", "oust*", "step down",
        "stepped down", "steps down", "stepping down", "nominat*", "successor*", "retire*",
    ),
    "Statements": (
        "said", "say", "says", "saying", "told", "tell*", "announc*", "statement*", "declar*", "warn*", "claim*",
        "stated", "comment*", "interview*", "speech*", "spokes*", "press conference*", "report*", "insist*",
        "stress*", "urge", "urged", "urges", "urging",
    ),
}

_WORD_CHARS = r"[\w-]"
_BEFORE = r"(?<![\w’'-])"
_ENTRY = re.compile(r"[^\s*]+\*?(?:\s+[^\s*]+\*?)*")


class LanesError(ValueError):
    """A lanes file that cannot be used; the message names the file and what is wrong."""


# --------------------------------------------------------------------------- lanes files


def load_lanes(path: str | os.PathLike[str]) -> dict[str, tuple[str, ...]]:
    """Read a lanes file: a TOML ``[lanes]`` table of lane name -> list of words.

    Parameters
    ----------
    path : path-like
        The TOML file (see the module docstring for the format).

    Returns
    -------
    dict of str to tuple of str
        Lanes in file order; words lowercased and stripped.

    Raises
    ------
    LanesError
        When the file is missing, is not TOML, has no ``[lanes]`` table, or
        a lane has no words or a word that is not a non-empty string; the
        message names the file (and the lane).
    """
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise LanesError(f"{path}: no such lanes file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise LanesError(f"{path}: cannot read: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise LanesError(f"{path}: not valid TOML: {exc}") from None
    table = data.get("lanes")
    if not isinstance(table, dict) or not table:
        raise LanesError(f"{path}: needs a [lanes] table of lane name = [words]")
    lanes: dict[str, tuple[str, ...]] = {}
    for name, words in table.items():
        if not str(name).strip():
            raise LanesError(f"{path}: [lanes]: a lane needs a name")
        if isinstance(words, str) or not isinstance(words, list) or not words:
            raise LanesError(f"{path}: [lanes] {name!r}: expected a non-empty list of words")
        bad = [w for w in words if not isinstance(w, str) or not _ENTRY.fullmatch(w.strip())]
        if bad:
            raise LanesError(
                f"{path}: [lanes] {name!r}: {bad[0]!r} is not a word or phrase ('*' may only end a word)"
            )
        lanes[str(name).strip()] = tuple(w.strip().lower() for w in words)
    return lanes


def find_lanes_file(folder: str | os.PathLike[str]) -> Path | None:
    """The lanes file of a corpus: :data:`LANES_FILE` inside its folder, if there is one.

    Parameters
    ----------
    folder : path-like
        The folder of the articles (a file's folder is used for a file).

    Returns
    -------
    pathlib.Path or None
    """
    folder = Path(folder)
    if folder.is_file():
        folder = folder.parent
    candidate = folder / LANES_FILE
    return candidate if candidate.is_file() else None


# --------------------------------------------------------------------------- guessing


@functools.lru_cache(maxsize=256)
def _pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """One regular expression matching any of a lane's words (whole words, ``*`` = any ending)."""
    alternatives = []
    for entry in words:
        tokens = [re.escape(t[:-1]) + _WORD_CHARS + "*" if t.endswith("*") else re.escape(t) for t in entry.split()]
        alternatives.append(r"\s+".join(tokens))
    body = "|".join(sorted(alternatives, key=len, reverse=True))
    return re.compile(rf"{_BEFORE}(?:{body})(?!{_WORD_CHARS})", re.I)


def lane_scores(text: str, lanes: Lanes | None = None) -> dict[str, int]:
    """How often each lane's words occur in a text.

    Parameters
    ----------
    text : str
    lanes : mapping, optional
        Lane name -> words; default :data:`EVENT_KINDS`.

    Returns
    -------
    dict of str to int
        One entry per lane, in the lanes' order.
    """
    lanes = EVENT_KINDS if lanes is None else lanes
    return {lane: len(_pattern(tuple(words)).findall(text)) for lane, words in lanes.items()}


def _best(scores: Mapping[str, int]) -> str:
    best, best_score = OTHER, 0
    for lane, score in scores.items():
        if score > best_score:
            best, best_score = lane, score
    return best


def guess_lane(text: str, *, lanes: Lanes | None = None, context: str = "") -> str:
    """The lane whose words occur most in a text (ties: the earlier lane; none: :data:`OTHER`).

    Parameters
    ----------
    text : str
        A quote or clause.
    lanes : mapping, optional
        Lane name -> words (e.g. from :func:`load_lanes`); default the
        generic :data:`EVENT_KINDS` (then :func:`collapse_lanes` picks the
        corpus's lanes among them).
    context : str, optional
        Decides when ``text`` matches no lane (e.g. the whole sentence
        around a clause).

    Returns
    -------
    str
    """
    best = _best(lane_scores(text, lanes))
    return _best(lane_scores(context, lanes)) if best == OTHER and context else best


# --------------------------------------------------------------------------- frames


def collapse_lanes(
    events: pd.DataFrame, *, max_lanes: int = MAX_LANES, min_share: float = 0.05, min_events: int = 2
) -> pd.DataFrame:
    """Keep the lanes that hold most events; the others become :data:`OTHER`.

    Parameters
    ----------
    events : pandas.DataFrame
        An events frame (one lane per event).
    max_lanes : int, default :data:`MAX_LANES`
        Lanes kept, "Other" included.
    min_share : float, default 0.05
        A kept lane holds at least this share of the events ...
    min_events : int, default 2
        ... and at least this many events.

    Returns
    -------
    pandas.DataFrame
        A copy with the ``lane`` column rewritten.
    """
    out = events.copy()
    if not len(out):
        return out
    per_event = out.drop_duplicates(E.event_id)[E.lane]
    counts = per_event[per_event != OTHER].value_counts(sort=False)
    order = {name: i for i, name in enumerate(dict.fromkeys(per_event))}
    ranked = sorted(counts.index, key=lambda name: (-counts[name], order[name]))
    floor = max(min_events, math.ceil(min_share * per_event.size))
    kept = {name for name in ranked[: max(0, max_lanes - 1)] if counts[name] >= floor}
    out[E.lane] = out[E.lane].where(out[E.lane].isin(kept), OTHER)
    return out


def finish_lanes(events: pd.DataFrame, lanes: Lanes | None = None) -> pd.DataFrame:
    """The last step of extraction: derived lanes are collapsed, a lanes file's are kept.

    Parameters
    ----------
    events : pandas.DataFrame
        Merged candidates whose lanes were guessed with ``lanes``.
    lanes : mapping, optional
        The lanes used (None: the generic kinds, so :func:`collapse_lanes`).

    Returns
    -------
    pandas.DataFrame
    """
    return collapse_lanes(events) if lanes is None else events


def assign_lanes(
    frame_or_texts: pd.DataFrame | Iterable[str], lanes: Lanes | None = None, *, max_lanes: int = MAX_LANES
) -> pd.DataFrame | list[str]:
    """Give lanes to an events frame (from each event's quotes) or to texts.

    Parameters
    ----------
    frame_or_texts : pandas.DataFrame or iterable of str
        An events frame, or texts (quotes, sentences).
    lanes : mapping, optional
        Lane name -> words (:func:`load_lanes`); default: derived from the
        input, see the module docstring.
    max_lanes : int, default :data:`MAX_LANES`
        For derived lanes: at most this many, "Other" included.

    Returns
    -------
    pandas.DataFrame or list of str
        For a frame, a copy whose ``lane`` is the same for all rows of an
        event (the words of all its quotes and its title count); for texts,
        one lane per text.
    """
    if isinstance(frame_or_texts, pd.DataFrame):
        out = frame_or_texts.copy()
        if not len(out):
            return out
        text = out[E.title].astype(str) + " " + out[E.quote].astype(str)
        joined = text.groupby(out[E.event_id], sort=False).agg(" ".join)
        by_event = {eid: guess_lane(t, lanes=lanes) for eid, t in joined.items()}
        out[E.lane] = out[E.event_id].map(by_event)
        return collapse_lanes(out, max_lanes=max_lanes) if lanes is None else out
    texts = list(frame_or_texts)
    guessed = [guess_lane(t, lanes=lanes) for t in texts]
    if lanes is not None or not guessed:
        return guessed
    frame = pd.DataFrame({E.event_id: range(len(guessed)), E.lane: guessed})
    return collapse_lanes(frame, max_lanes=max_lanes)[E.lane].tolist()


def lanes_for(folder: str | os.PathLike[str], path: str | os.PathLike[str] | None = None) -> dict | None:
    """The lanes to use for a corpus: a given file, else its :data:`LANES_FILE`, else None (derived).

    Parameters
    ----------
    folder : path-like
        The folder of the articles.
    path : path-like, optional
        A lanes file chosen by the user; wins over the folder's.

    Returns
    -------
    dict or None
        Lanes from :func:`load_lanes`, or None: derive them from the corpus.

    Raises
    ------
    LanesError
        For a lanes file that cannot be used.
    """
    chosen = Path(path) if path is not None else find_lanes_file(folder)
    return None if chosen is None else load_lanes(chosen)
