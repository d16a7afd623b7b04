"""Reader for TimeML 1.2.1 ``.tml`` files (TempEval-3 TBAQ-cleaned).

Gold offsets are character offsets into the ``<TEXT>`` content with all inline
tags removed and XML entities decoded (which is what ElementTree gives).

The ``<DCT>`` element is optional: the historical narratives in ``benchmarks/corpora/histories`` have no
document creation time and omit it, and are read with ``dct=None, dct_value=None``.
"""
from __future__ import annotations

import dataclasses
import datetime as _dt
import os
import xml.etree.ElementTree as ET
from typing import Iterator


@dataclasses.dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None


@dataclasses.dataclass(frozen=True)
class TimeMLDoc:
    path: str
    docid: str
    dct: _dt.date | None
    dct_value: str | None
    text: str
    timexes: tuple[GoldTimex, ...]


def _walk(elem: ET.Element, parts: list[str], timexes: list[GoldTimex], pos: list[int]) -> None:
    for child in elem:
        start = pos[0]
        if child.text:
            # descend: text of child then grandchildren
            pass
        _collect(child, parts, pos, timexes)
        if child.tag == "TIMEX3":
            end = pos[0]
            a = child.attrib
            timexes.append(GoldTimex(start, end, "".join(child.itertext()), a.get("type", ""),
                                     a.get("value", ""), a.get("mod") or None))
        if child.tail:
            parts.append(child.tail)
            pos[0] += len(child.tail)


def _collect(elem: ET.Element, parts: list[str], pos: list[int], timexes: list[GoldTimex]) -> None:
    if elem.text:
        parts.append(elem.text)
        pos[0] += len(elem.text)
    _walk(elem, parts, timexes, pos)


def parse_tml(path: str) -> TimeMLDoc:
    """Parse one ``.tml`` file into text, DCT (None when the file has no ``<DCT>``) and gold TIMEX3 annotations."""
    root = ET.parse(path).getroot()
    docid_el = root.find("DOCID")
    docid = docid_el.text.strip() if docid_el is not None and docid_el.text else os.path.basename(path)
    dct_value = None
    dct = None
    dct_el = root.find("DCT/TIMEX3")
    if dct_el is not None:
        dct_value = dct_el.attrib.get("value")
        if dct_value and len(dct_value) >= 10:
            try:
                dct = _dt.date.fromisoformat(dct_value[:10])
            except ValueError:
                dct = None
    text_el = root.find("TEXT")
    parts: list[str] = []
    timexes: list[GoldTimex] = []
    pos = [0]
    _collect(text_el, parts, pos, timexes)
    text = "".join(parts)
    timexes.sort(key=lambda t: t.start)
    for t in timexes:
        assert text[t.start:t.end] == t.text, (path, t)
    return TimeMLDoc(path, docid, dct, dct_value, text, tuple(timexes))


def iter_corpus(directory: str) -> Iterator[TimeMLDoc]:
    """Yield parsed documents of a directory of ``.tml`` files, sorted by name."""
    for name in sorted(os.listdir(directory)):
        if name.endswith(".tml"):
            yield parse_tml(os.path.join(directory, name))
