"""Candidate expressions: the matches of the candidate patterns and the words around them."""
from __future__ import annotations

import dataclasses
import re

from .resources.cues import RX_CUE_WORD, RX_NEXT_WORD


def prev_word(text: str, pos: int) -> str:
    m = RX_CUE_WORD.search(text, max(0, pos - 40), pos)
    return m.group(1).lower() if m else ""


def next_word(text: str, pos: int) -> str:
    m = RX_NEXT_WORD.match(text, pos)
    return m.group(1) if m else ""


@dataclasses.dataclass
class Cand:
    start: int
    end: int
    prio: int
    kind: str
    m: re.Match
    extra: dict = dataclasses.field(default_factory=dict)
