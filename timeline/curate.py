"""Curation: turn extracted candidates into a curated events file with an analyst's decisions.

Candidates (from :func:`timeline.extract.extract`, or any events frame) are
curated event by event. Decisions name an ``event_id``, an ``action`` and a
``value``; they are kept in a small CSV (or YAML) file the analyst edits, so the
same decisions can be applied again after a re-extraction.

======================  =========================================================
action                  value
======================  =========================================================
``keep``                (empty) keep the event as it is
``drop``                (empty) leave the event out
``merge``               the target event id, optionally followed by more ids
                        (``a;b``): this event and the listed ones join the
                        first id, which keeps its id, date, title and lane
``retitle``             the new title
``redate``              ``DATE`` or ``DATE/END`` (values like ``2021-12-17``,
                        ``2022-W02``, ``1990``; see :mod:`timeline.periods`)
``lane``                the lane to move the event to
``drop-quote``          ``source:quote_start`` of one quote of the event (of
                        a merged event: whichever member gave the quote)
======================  =========================================================

Rules:

- A decision touches every row of its event; quotes, sources and offsets are
  never edited, and every quote is checked again against its article.
- Merged quotes are pooled; a quote that appears twice (same source and
  offsets) is kept once, the target's row first.
- ``date_text`` is the expression in the quote that states the date. When a
  row's date changes (redate, or merged into an event with another date) and
  the new date neither contains nor lies within the date that expression
  states (``mention_value`` of a candidate, else the row's old date), the
  expression no longer supports the date: ``date_text`` is emptied and the
  ``note`` says so. Otherwise it stays (it remains a substring of the quote).
- Curated events keep their candidate ``event_id`` (a retitled or redated event
  keeps its id), so later decisions and ``timeline review`` can refer to it.
- An event with any decision other than ``drop`` is kept, and so is the target
  of a merge; events with no decision follow ``default`` (``"keep"`` unless
  asked otherwise: nothing an extraction found disappears without a decision,
  and after a re-extraction new candidates show up instead of vanishing).
- The result has the plain events columns (:data:`timeline.events.CSV_COLUMNS`):
  the candidate-only columns (``confidence``, ``mention_value`` …) describe one
  extracted mention and no longer hold once events are merged or redated.

Problems in the decisions (unknown action, bad date, unknown quote,
contradicting decisions) are all reported at once as ``file:row:column:
message`` in a :class:`DecisionsError`. A decision for an event id that the
candidates no longer hold is not an error but a warning (the candidates may
come from a newer extraction that dated or worded an event differently, and
ids are slugs of date and title). When the decision carries the
``quote_key`` of one of the event's quotes (templates write it), it goes to
the event that now holds that quote (``date`` picks among several), with a
warning; such a moved decision that contradicts another is skipped with a
warning instead of stopping the run. Otherwise it is skipped. Either way a
re-extraction never blocks curation, and the warnings name the rows to
revisit.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping, Sequence

import pandas as pd

from .articles import Article
from .events import (
    CSV_COLUMNS,
    EventSchema as E,
    EventsValidationError,
    LIST_SEPARATOR,
    Problem,
    events_from_records,
    validate_events,
)
from .fileio import atomic_write_text
from .periods import PeriodError, parse_period
from .textio import control_character, csv_text

__all__ = [
    "ACTIONS",
    "DEFAULTS",
    "TEMPLATE_COLUMNS",
    "Curation",
    "Decision",
    "DecisionsError",
    "apply_decisions",
    "candidate_table",
    "decisions_template",
    "read_decisions",
    "write_template",
]

#: Actions a decision may take.
ACTIONS: tuple[str, ...] = ("keep", "drop", "merge", "retitle", "redate", "lane", "drop-quote")
#: What happens to events no decision names.
DEFAULTS: tuple[str, ...] = ("keep", "drop")
#: Columns of a decisions template: the decision, where to find its event again, and what to read.
TEMPLATE_COLUMNS: tuple[str, ...] = (
    "event_id", "action", "value", "quote_key", "date", "title", "lane", "confidence", "n_quotes", "quote",
)
_EDITS = ("retitle", "redate", "lane")
_NO_VALUE = ("keep", "drop")


@dataclass(frozen=True)
class Decision:
    """One decision about one event, with where it was written.

    Attributes
    ----------
    event_id : str
        The candidate event it applies to.
    action : str
        One of :data:`ACTIONS`.
    value : str
        Its argument (see the module docstring); empty for keep and drop.
    file : str
        The decisions file (``"<decisions>"`` when built in code).
    row : int
        Its line in the file (the CSV header is line 1).
    quote_key : str
        Optional ``source:quote_start`` of one quote of the event. When the
        candidates no longer hold ``event_id`` (a re-extraction worded or
        dated the event differently), the decision goes to the event that
        now holds this quote.
    date : str
        Optional date of the event when decided; picks among several events
        that hold the quote (one sentence may date several events).
    was : str
        The ``event_id`` as written, when the decision was moved to the
        event that now holds its quote.
    """

    event_id: str
    action: str
    value: str = ""
    file: str = "<decisions>"
    row: int = 0
    quote_key: str = ""
    date: str = ""
    was: str = ""

    def problem(self, column: str, message: str) -> Problem:
        """A :class:`~timeline.events.Problem` located at this decision."""
        return Problem(self.file, self.row, column, message)

    def __str__(self) -> str:
        return f"{self.file}:{self.row}: {self.action} {self.event_id}" + (f" {self.value!r}" if self.value else "")


class DecisionsError(EventsValidationError):
    """The decisions cannot be applied; ``problems`` lists every one as ``file:row:column: message``."""


@dataclass(frozen=True)
class Curation:
    """The outcome of :func:`apply_decisions`.

    Attributes
    ----------
    events : pandas.DataFrame
        The curated events frame (validated; plain events columns).
    warnings : tuple of str
        Decisions that were skipped (event ids the candidates do not hold).
    counts : mapping of str to int
        ``candidates``, ``events``, ``quotes``, ``kept``, ``dropped``,
        ``dropped_by_default``, ``undecided``, ``merged``, ``retitled``,
        ``redated``, ``moved``, ``quotes_dropped``, ``duplicates_removed``,
        ``date_text_cleared``.
    """

    events: pd.DataFrame
    warnings: tuple[str, ...] = ()
    counts: Mapping[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        """One line: what the decisions did."""
        c = {k: int(self.counts.get(k, 0)) for k in (
            "events", "quotes", "candidates", "merged", "dropped", "retitled", "redated", "moved", "quotes_dropped",
            "duplicates_removed", "undecided", "dropped_by_default",
        )}
        fate = "dropped" if c["dropped_by_default"] else "kept"
        return (
            f"{_n(c['events'], 'event')}, {_n(c['quotes'], 'quote')} from {_n(c['candidates'], 'candidate event')}: "
            f"{c['merged']} merged into others, {c['dropped']} dropped, {c['retitled']} retitled, "
            f"{c['redated']} redated, {c['moved']} moved to another lane, "
            f"{_n(c['quotes_dropped'], 'quote')} dropped, {_n(c['duplicates_removed'], 'duplicate quote')} removed; "
            f"{c['undecided']} undecided {fate} by default; {_n(len(self.warnings), 'warning')}"
        )


def _n(count: int, word: str) -> str:
    return f"{count} {word}{'s' * (count != 1)}"


# --------------------------------------------------------------------------- reading decisions


def read_decisions(path: str | os.PathLike[str]) -> list[Decision]:
    """Read a decisions file: CSV (``event_id, action, value``) or YAML (``.yaml``/``.yml``).

    The CSV (``,``; or ``;`` or tab, as the header shows) needs a header with
    ``event_id`` and ``action``; ``value`` may be missing when no decision
    needs one; ``quote_key`` and ``date`` are read when present (they find
    the event again after a re-extraction, see :class:`Decision`); other
    columns (as in a template) are ignored, and so are blank rows and rows
    whose ``event_id`` starts with ``#``. The YAML file is a list of mappings
    with the same keys; every value is read as written (``2021-12-17`` stays
    a string).

    Parameters
    ----------
    path : path-like

    Returns
    -------
    list of Decision
        In file order. Values are checked by :func:`apply_decisions`.

    Raises
    ------
    DecisionsError
        When the file cannot be read as decisions (every problem listed).
    FileNotFoundError
        When the file does not exist.
    """
    path = Path(path)
    file = str(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DecisionsError([Problem(file, 1, "-", f"not valid UTF-8 at byte {exc.start}")]) from None
    if path.suffix.lower() in (".yaml", ".yml"):
        decisions, problems = _yaml_decisions(text, file)
    else:
        decisions, problems = _csv_decisions(text, file)
    if problems:
        raise DecisionsError(problems)
    return decisions


def _delimiter(text: str) -> str:
    """``,`` unless the header is only readable with ``;`` or a tab (spreadsheets in some locales save so)."""
    header = text.split("\n", 1)[0]
    for sep in (",", ";", "\t"):
        names = {h.strip().strip('"') for h in header.split(sep)}
        if {"event_id", "action"} <= names:
            return sep
    return ","


def _csv_decisions(text: str, file: str) -> tuple[list[Decision], list[Problem]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    header = [h.strip() for h in next(reader, [])]
    if not header:
        return [], [Problem(file, 1, "-", "empty file: expected a header line 'event_id,action,value'")]
    problems = [Problem(file, 1, c, "missing column") for c in ("event_id", "action") if c not in header]
    repeated = sorted({c for c in header if header.count(c) > 1})
    problems += [Problem(file, 1, c, "column appears more than once") for c in repeated]
    if problems:
        return [], problems
    out: list[Decision] = []
    prev = reader.line_num
    for values in reader:
        line, prev = prev + 1, reader.line_num
        if len(values) > len(header) and any(v.strip() for v in values[len(header):]):
            problems.append(Problem(file, line, "-", f"expected {len(header)} fields, found {len(values)}"))
            continue
        rec = dict(zip(header, values + [""] * (len(header) - len(values))))
        event_id = rec["event_id"].strip()
        if event_id.startswith("#") or not (event_id or rec["action"].strip() or rec.get("value", "").strip()):
            continue
        out.append(Decision(event_id, rec["action"].strip().lower(), rec.get("value", "").strip(), file, line,
                            rec.get("quote_key", "").strip(), rec.get("date", "").strip()))
    return out, problems


def _yaml_decisions(text: str, file: str) -> tuple[list[Decision], list[Problem]]:
    try:
        import yaml
    except ImportError:  # pragma: no cover - pyyaml is a dependency
        return [], [Problem(file, 1, "-", "reading YAML needs the pyyaml package; use a CSV file")]
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        return [], [Problem(file, line, "-", f"not valid YAML: {getattr(exc, 'problem', None) or exc}")]
    if root is None:
        return [], []
    if not isinstance(root, yaml.SequenceNode):
        return [], [Problem(file, root.start_mark.line + 1, "-", "expected a list of decisions (- event_id: …)")]
    out: list[Decision] = []
    problems: list[Problem] = []
    for item in root.value:
        line = item.start_mark.line + 1
        if not isinstance(item, yaml.MappingNode):
            problems.append(Problem(file, line, "-", "expected a mapping with event_id, action and value"))
            continue
        rec: dict[str, str] = {}
        for key, value in item.value:
            if not isinstance(value, yaml.ScalarNode):
                problems.append(Problem(file, value.start_mark.line + 1, str(key.value), "expected a single value"))
                continue
            rec[str(key.value)] = "" if value.tag.endswith(":null") else str(value.value).strip()
        unknown = sorted(set(rec) - {"event_id", "action", "value", "quote_key", "date"})
        problems += [Problem(file, line, k, "unknown key (expected event_id, action, value)") for k in unknown]
        out.append(Decision(rec.get("event_id", ""), rec.get("action", "").lower(), rec.get("value", ""), file, line,
                            rec.get("quote_key", ""), rec.get("date", "")))
    return out, problems


# --------------------------------------------------------------------------- checking decisions


def _value_problems(d: Decision) -> list[Problem]:
    """Problems of one decision on its own (before looking at the candidates)."""
    if not d.event_id:
        return [d.problem("event_id", "empty event id")]
    if d.action not in ACTIONS:
        return [d.problem("action", f"unknown action {d.action!r} (one of: {', '.join(ACTIONS)})")]
    if d.action in _NO_VALUE:
        return [d.problem("value", f"{d.action} takes no value (got {d.value!r})")] if d.value else []
    if not d.value:
        return [d.problem("value", f"{d.action} needs a value")]
    bad = control_character(d.value)
    if bad:
        return [d.problem("value", f"control character {bad} in the value")]
    if d.action == "merge":
        ids = _merge_ids(d.value)
        if not ids:
            return [d.problem("value", "merge needs the target event id")]
        if d.event_id in ids[:1]:
            return [d.problem("value", "an event cannot be merged into itself")]
    if d.action == "redate":
        return [d.problem("value", m) for m in _redate_problems(d.value)]
    if d.action == "drop-quote" and _quote_key(d.value) is None:
        return [d.problem("value", f"expected source:quote_start, like 'article-1:120' (got {d.value!r})")]
    return []


def _merge_ids(value: str) -> list[str]:
    return [part.strip() for part in value.split(LIST_SEPARATOR) if part.strip()]


def _split_redate(value: str) -> tuple[str, str]:
    date, _, end = value.partition("/")
    return date.strip(), end.strip()


def _redate_problems(value: str) -> list[str]:
    date, end = _split_redate(value)
    try:
        start = parse_period(date)
        stop = parse_period(end) if end else start
    except PeriodError as exc:
        return [f"{exc} (expected DATE or DATE/END)"]
    return [] if stop.end > start.start else [f"end {end!r} is before date {date!r}"]


def _quote_key(value: str) -> tuple[str, int] | None:
    source, sep, start = value.rpartition(":")
    if not sep or not source.strip() or not start.strip().isdigit():
        return None
    return source.strip(), int(start)


@dataclass
class _Plan:
    """Decisions sorted by kind, for one candidates frame (every event id known)."""

    seen: dict[str, list[Decision]] = field(default_factory=dict)
    drops: dict[str, Decision] = field(default_factory=dict)
    into: dict[str, tuple[str, Decision]] = field(default_factory=dict)
    edits: dict[str, dict[str, Decision]] = field(default_factory=dict)
    quotes: dict[str, dict[tuple[str, int], Decision]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def _conflict(d: Decision, other: Decision) -> Problem:
    return d.problem("action", f"{d.action} of {d.event_id!r} conflicts with {other.action} on row {other.row}")


def _record(plan: _Plan, d: Decision, known: set[str]) -> list[Problem]:
    """Add a decision about a known event to the plan, or return why it contradicts an earlier one (plan unchanged)."""
    e = d.event_id
    earlier = plan.seen.get(e, [])
    others = [x for x in earlier if x.action != "drop"]
    if d.action == "drop" and others:
        return [_conflict(d, others[0])]
    if d.action != "drop" and e in plan.drops:
        return [_conflict(d, plan.drops[e])]
    prev = plan.edits.get(e, {}).get(d.action)
    if prev is not None and prev.value != d.value:
        return [d.problem("value", f"{d.action} {d.value!r} contradicts {prev.value!r} on row {prev.row}")]
    if d.action == "merge":
        problems = _record_merge(plan, d, known)
        if problems:
            return problems
    plan.seen.setdefault(e, []).append(d)
    if d.action == "drop":
        plan.drops.setdefault(e, d)
    elif d.action in _EDITS:
        plan.edits.setdefault(e, {}).setdefault(d.action, d)
    elif d.action == "drop-quote":
        plan.quotes.setdefault(e, {})[_quote_key(d.value)] = d  # checked once merges are known
    return []


def _record_merge(plan: _Plan, d: Decision, known: set[str]) -> list[Problem]:
    ids = _merge_ids(d.value)
    target = ids[0]
    if target not in known:
        plan.warnings.append(
            f"{d.file}:{d.row}:value: no candidate event {target!r} to merge into; {d.event_id!r} is kept as it is"
        )
        return []
    members: list[str] = []
    problems: list[Problem] = []
    for m in [d.event_id] + ids[1:]:
        if m not in known:
            plan.warnings.append(f"{d.file}:{d.row}:value: no candidate event {m!r}; not merged")
            continue
        prev = plan.into.get(m)
        if prev is not None and prev[0] != target:
            message = f"{m!r} is merged into {prev[0]!r} on row {prev[1].row}, not {target!r}"
            problems.append(d.problem("value", message))
        elif m != target:
            members.append(m)
    if not problems:
        for m in members:
            plan.into.setdefault(m, (target, d))
    return problems


#: A problem and the decisions it involves.
_Found = tuple[Problem, tuple[Decision, ...]]


def _cross_problems(plan: _Plan, frame: pd.DataFrame) -> list[_Found]:
    """Problems between decisions on different events: merge chains, merged or dropped targets, empty events."""
    out: list[_Found] = []
    for m, (t, d) in plan.into.items():
        if t in plan.into:
            t2, d2 = plan.into[t]
            message = f"target {t!r} is itself merged into {t2!r} on row {d2.row}; merge into {t2!r}"
            out.append((d.problem("value", message), (d, d2)))
        if t in plan.drops:
            out.append((d.problem("value", f"target {t!r} is dropped on row {plan.drops[t].row}"), (d, plan.drops[t])))
        if m in plan.drops and m != d.event_id:
            out.append((d.problem("value", f"{m!r} is dropped on row {plan.drops[m].row}"), (d, plan.drops[m])))
        for action, ed in sorted(plan.edits.get(m, {}).items()):
            message = f"{m!r} is merged into {t!r} (row {d.row}), which gives its date, title and lane; {action} {t!r}"
            out.append((ed.problem("action", message + " instead"), (ed, d)))
    return out + _quote_problems(plan, frame)


def _final(plan: _Plan, event_id: str) -> str:
    """The event a candidate event ends up in (its merge target, or itself)."""
    return plan.into.get(event_id, (event_id,))[0]


def _quote_problems(plan: _Plan, frame: pd.DataFrame) -> list[_Found]:
    """drop-quote decisions naming no quote of their (merged) event, or removing all of its quotes."""
    final = frame[E.event_id].map(lambda e: _final(plan, e))
    pooled: dict[str, set[tuple[str, int]]] = {}
    for f, s, q in zip(final, frame[E.source], frame[E.quote_start]):
        pooled.setdefault(f, set()).add((s, int(q)))
    out: list[_Found] = []
    for e, quotes in plan.quotes.items():
        f = _final(plan, e)
        for key, d in quotes.items():
            if key not in pooled[f]:
                have = ", ".join(f"{s}:{q}" for s, q in sorted(pooled[f])[:6])
                out.append((d.problem("value", f"event {f!r} has no quote at {d.value!r} (its quotes: {have})"), (d,)))
    dropped = _dropped_quotes(frame, plan)
    for f in sorted(set(final[dropped]) - set(final[~dropped]) - set(plan.drops)):
        involved = tuple(sorted((d for e, q in plan.quotes.items() if _final(plan, e) == f for d in q.values()),
                                key=lambda d: d.row))
        message = f"drop-quote removes every quote of event {f!r}; use drop instead"
        out.append((involved[-1].problem("value", message), involved))
    return out


def _forget(plan: _Plan, d: Decision) -> None:
    """Take a decision back out of the plan."""
    for e, ds in plan.seen.items():
        plan.seen[e] = [x for x in ds if x is not d]
    plan.drops = {e: x for e, x in plan.drops.items() if x is not d}
    plan.into = {m: (t, x) for m, (t, x) in plan.into.items() if x is not d}
    plan.edits = {e: {a: x for a, x in eds.items() if x is not d} for e, eds in plan.edits.items()}
    plan.quotes = {e: {k: x for k, x in qs.items() if x is not d} for e, qs in plan.quotes.items()}


def _dropped_quotes(frame: pd.DataFrame, plan: _Plan) -> pd.Series:
    """Rows a drop-quote decision removes: the quote is dropped from the merged event, whichever member gave it."""
    keys: dict[str, set[tuple[str, int]]] = {}
    for e, quotes in plan.quotes.items():
        keys.setdefault(_final(plan, e), set()).update(quotes)
    rows = zip(frame[E.event_id], frame[E.source], frame[E.quote_start])
    return pd.Series(
        [(s, int(q)) in keys.get(_final(plan, e), ()) for e, s, q in rows], index=frame.index, dtype=bool
    )


def _compatible(a: str, b: str) -> bool:
    try:
        pa_, pb = parse_period(a), parse_period(b)
    except PeriodError:
        return False
    return pa_.contains(pb) or pb.contains(pa_)


def _stale_ids(frame: pd.DataFrame, decisions: Sequence[Decision], known: set[str]) -> tuple[dict[str, str], list[str]]:
    """Event ids the candidates no longer hold, mapped to the one event that now holds the decision's quote.

    Among several events holding the quote, the one with the decision's ``date`` (else a compatible date) is taken;
    when that still leaves several or none, the id stays unmapped.
    """
    holders: dict[tuple[str, int], dict[str, str]] = {}
    for e, date, s, q in zip(frame[E.event_id], frame[E.date], frame[E.source], frame[E.quote_start]):
        holders.setdefault((s, int(q)), {})[e] = date
    mapping: dict[str, str] = {}
    notes: list[str] = []
    for d in decisions:
        key = _quote_key(d.quote_key)
        if not d.event_id or d.event_id in known or d.event_id in mapping or key is None:
            continue
        events = sorted(holders.get(key, {}).items())
        date = d.date.split("/")[0].strip()
        if len(events) > 1 and date:
            events = [x for x in events if x[1] == date] or [x for x in events if _compatible(x[1], date)]
        if len(events) == 1:
            mapping[d.event_id] = events[0][0]
            notes.append(
                f"{d.file}:{d.row}:event_id: no candidate event {d.event_id!r}; its decisions go to "
                f"{events[0][0]!r}, which holds its quote {d.quote_key}"
            )
    return mapping, notes


def _moved(d: Decision, mapping: Mapping[str, str]) -> Decision | None:
    """The decision with stale ids replaced through ``mapping``, or None when it names none."""
    event_id = mapping.get(d.event_id, d.event_id)
    value = d.value
    if d.action == "merge":
        value = LIST_SEPARATOR.join(mapping.get(i, i) for i in _merge_ids(d.value))
    if event_id == d.event_id and _merge_ids(value) == _merge_ids(d.value):
        return None
    return dataclasses.replace(d, event_id=event_id, value=value, was=d.event_id)


def _plan(frame: pd.DataFrame, decisions: Sequence[Decision]) -> tuple[_Plan, list[Problem]]:
    """Check the decisions against the candidates: the plan, and every problem.

    Decisions that name events by current ids come first; decisions moved to the event now holding their quote
    follow, and one that contradicts another is skipped with a warning rather than blocking the run.
    """
    known = set(frame[E.event_id])
    mapping, notes = _stale_ids(frame, decisions, known)
    plan = _Plan(warnings=notes)
    problems: list[Problem] = []
    direct: list[Decision] = []
    moved: list[Decision] = []
    for d in decisions:
        own = _value_problems(d)
        if own:
            problems += own
            continue
        m = _moved(d, mapping)
        if m is None:
            direct.append(d)
        else:
            moved.append(m)
    for d in direct + moved:
        if d.event_id not in known:
            plan.warnings.append(
                f"{d.file}:{d.row}:event_id: no candidate event {d.event_id!r} (decision from an earlier "
                "extraction?); skipped"
            )
        elif not d.was:
            problems += _record(plan, d, known)
        else:
            trouble = _value_problems(d) or _record(plan, d, known)
            plan.warnings += [f"{p}; skipped (written for {d.was!r})" for p in trouble]
    found = _cross_problems(plan, frame)
    forgot = True
    while forgot:  # a moved decision never blocks: take it back out, with a warning
        forgot = False
        for p, ds in found:
            for x in ds:
                if x.was and any(x is y for y in plan.seen.get(x.event_id, [])):
                    _forget(plan, x)
                    plan.warnings.append(f"{p}; skipped (written for {x.was!r})")
                    forgot = True
        found = _cross_problems(plan, frame) if forgot else found
    return plan, problems + [p for p, _ds in found]


# --------------------------------------------------------------------------- applying decisions


def _stated_period(row: Mapping[str, object]) -> tuple[str, object, object] | None:
    """What the row's ``date_text`` states (its mention's value, else the row's date): value, first day, day after."""
    for value in (str(row.get("mention_value", "") or ""), str(row.get(E.date, ""))):
        try:
            p = parse_period(value.split("T")[0])
        except PeriodError:
            continue
        return p.value, p.start, p.end
    return None


def _span(date: str, end_date: str) -> tuple[object, object]:
    p = parse_period(date)
    return p.start, parse_period(end_date).end if end_date else p.end


def _stale_date_text(new: dict, old: Mapping[str, object]) -> bool:
    """Empty ``date_text`` (with a note) when the new date neither contains nor lies within what it states."""
    if not new[E.date_text]:
        return False
    stated = _stated_period(old)
    s, e = _span(new[E.date], new[E.end_date])
    if stated is None or (s <= stated[1] and stated[2] <= e) or (stated[1] <= s and e <= stated[2]):
        return False
    span = new[E.date] + (f"/{new[E.end_date]}" if new[E.end_date] else "")
    note = f"curation: date_text {new[E.date_text]!r} cleared (it states {stated[0]}, the event is dated {span})"
    new[E.note] = f"{new[E.note]}; {note}" if new[E.note] else note
    new[E.date_text] = ""
    return True


def _event_attrs(head: Mapping[str, object], edits: Mapping[str, Decision]) -> dict[str, str]:
    attrs = {c: str(head[c]) for c in (E.date, E.end_date, E.title, E.lane)}
    if "retitle" in edits:
        attrs[E.title] = edits["retitle"].value
    if "lane" in edits:
        attrs[E.lane] = edits["lane"].value
    if "redate" in edits:
        attrs[E.date], attrs[E.end_date] = _split_redate(edits["redate"].value)
    return attrs


def _apply(frame: pd.DataFrame, plan: _Plan, default: str) -> tuple[pd.DataFrame, dict[str, int]]:
    final = frame[E.event_id].map(lambda e: _final(plan, e))
    decided = set(plan.seen) | set(plan.into) | {t for t, _ in plan.into.values()}
    status = {e: "drop" if e in plan.drops else "keep" if e in decided else default for e in set(final)}
    dropped = _dropped_quotes(frame, plan)
    rows = frame.assign(_final=final, _moved=final != frame[E.event_id])[~dropped & final.map(status).eq("keep")]
    rows = rows.sort_values(["_final", "_moved"], kind="mergesort")  # the target's own rows first
    unique = rows.drop_duplicates(["_final", E.source, E.quote_start, E.quote_end])
    heads = frame.drop_duplicates(E.event_id).set_index(E.event_id)
    attrs = {f: _event_attrs(heads.loc[f], plan.edits.get(f, {})) for f in set(unique["_final"])}
    records, cleared = [], 0
    for old in unique.to_dict("records"):
        new = {c: old.get(c, "") for c in CSV_COLUMNS}
        new.update(attrs[old["_final"]], event_id=old["_final"])
        if (new[E.date], new[E.end_date]) != (old[E.date], old[E.end_date]):
            cleared += _stale_date_text(new, old)
        records.append(new)
    kept = set(unique["_final"])
    undecided = {e for e in set(frame[E.event_id]) if e not in decided}
    counts = {
        "candidates": int(frame[E.event_id].nunique()),
        "events": len(kept),
        "quotes": len(records),
        "kept": len(kept),
        "dropped": len(plan.drops),
        "dropped_by_default": len(undecided) if default == "drop" else 0,
        "undecided": len(undecided),
        "merged": len(plan.into),
        "retitled": sum("retitle" in plan.edits.get(f, {}) for f in kept),
        "redated": sum("redate" in plan.edits.get(f, {}) for f in kept),
        "moved": sum("lane" in plan.edits.get(f, {}) for f in kept),
        "quotes_dropped": int(dropped.sum()),
        "duplicates_removed": len(rows) - len(unique),
        "date_text_cleared": cleared,
    }
    return events_from_records(records), counts


def apply_decisions(
    candidates: pd.DataFrame,
    decisions: Sequence[Decision] | str | os.PathLike[str],
    *,
    articles: Mapping[str, Article] | Sequence[Article] | None = None,
    default: str = "keep",
) -> Curation:
    """Apply decisions to candidates and return the curated events.

    Parameters
    ----------
    candidates : pandas.DataFrame
        An events frame, usually with the candidate columns (from
        :func:`timeline.extract.extract` or :func:`timeline.events.read_events`).
    decisions : sequence of Decision, or path-like
        The decisions, or a file for :func:`read_decisions`.
    articles : mapping or sequence of Article, optional
        When given, every curated quote is checked again against its article
        (``text[quote_start:quote_end] == quote``).
    default : {"keep", "drop"}
        What happens to events that no decision names.

    Returns
    -------
    Curation
        The curated frame (plain events columns, validated), the warnings
        (decisions naming events the candidates do not hold) and counts.

    Raises
    ------
    DecisionsError
        Listing every bad or contradicting decision; nothing is applied.
    EventsValidationError
        When the curated frame does not validate (a quote no longer matches its article).
    """
    if default not in DEFAULTS:
        raise ValueError(f"default must be one of {', '.join(DEFAULTS)} (got {default!r})")
    if isinstance(decisions, (str, os.PathLike)):
        decisions = read_decisions(decisions)
    frame = candidates.reset_index(drop=True)
    plan, problems = _plan(frame, decisions)
    if problems:
        raise DecisionsError(problems)
    events, counts = _apply(frame, plan, default)
    problems = validate_events(events, articles=articles, file="<curated>")
    if problems:
        raise EventsValidationError(problems)
    return Curation(events=events, warnings=tuple(plan.warnings), counts=counts)


# --------------------------------------------------------------------------- looking at candidates


def _event_confidence(frame: pd.DataFrame) -> pd.Series:
    """Each row's event confidence (the largest of its rows; 0 when the frame has none)."""
    if "confidence" not in frame.columns:
        return pd.Series(0.0, index=frame.index)
    conf = pd.to_numeric(frame["confidence"], errors="coerce").fillna(0.0)
    return conf.groupby(frame[E.event_id]).transform("max")


def candidate_table(candidates: pd.DataFrame) -> pd.DataFrame:
    """One row per quote, most confident events first, ready to decide on.

    Parameters
    ----------
    candidates : pandas.DataFrame
        A candidates (or events) frame.

    Returns
    -------
    pandas.DataFrame
        Columns ``event_id, confidence, date, title, lane, quote_key, date_text,
        quote``; ``quote_key`` (``source:quote_start``) is the value a
        ``drop-quote`` decision takes. Sorted by event confidence (highest
        first), then date, event and position.
    """
    frame = candidates.reset_index(drop=True)
    table = pd.DataFrame(
        {
            "event_id": frame[E.event_id],
            "confidence": _event_confidence(frame).round(3),
            "date": frame[E.date] + frame[E.end_date].map(lambda e: f"/{e}" if e else ""),
            "title": frame[E.title],
            "lane": frame[E.lane],
            "quote_key": frame[E.source] + ":" + frame[E.quote_start].astype(str),
            "date_text": frame[E.date_text],
            "quote": frame[E.quote],
            "_start": frame[E.start] if E.start in frame.columns else frame[E.date],
            "_source": frame[E.source],
            "_offset": frame[E.quote_start].astype(int),
        }
    )
    table = table.sort_values(["confidence", "_start", "event_id", "_source", "_offset"],
                              ascending=[False, True, True, True, True], kind="mergesort")
    return table.drop(columns=["_start", "_source", "_offset"]).reset_index(drop=True)


def decisions_template(candidates: pd.DataFrame) -> pd.DataFrame:
    """A decisions table listing every candidate event with ``action = keep``, in date order.

    Parameters
    ----------
    candidates : pandas.DataFrame

    Returns
    -------
    pandas.DataFrame
        Columns :data:`TEMPLATE_COLUMNS`: ``event_id, action, value`` (the
        decision), ``quote_key`` and ``date`` (read back to find the event
        again after a re-extraction, see :class:`Decision`) and, for the
        reader's eyes only, ``title, lane, confidence, n_quotes`` and the
        event's first ``quote`` (the one ``quote_key`` names).
    """
    table = candidate_table(candidates)
    order = candidates.reset_index(drop=True)
    start = order[E.start] if E.start in order.columns else order[E.date]
    first_start = start.groupby(order[E.event_id]).min()
    events = table.groupby("event_id", sort=False).agg(
        date=("date", "first"), title=("title", "first"), lane=("lane", "first"),
        confidence=("confidence", "first"), n_quotes=("quote", "size"), quote=("quote", "first"),
        quote_key=("quote_key", "first"),
    )
    events = events.assign(_start=first_start).reset_index()
    out = events.sort_values(["_start", "date", "event_id"], kind="mergesort").drop(columns="_start")
    out = out.reset_index(drop=True)
    out.insert(1, "action", "keep")
    out.insert(2, "value", "")
    return out[list(TEMPLATE_COLUMNS)]


def write_template(candidates: pd.DataFrame, path: str | os.PathLike[str], *, overwrite: bool = False) -> Path:
    """Write :func:`decisions_template` as CSV, atomically.

    Parameters
    ----------
    candidates : pandas.DataFrame
    path : path-like
    overwrite : bool, default False
        A decisions file holds an analyst's work: an existing file is only
        replaced when this is true.

    Returns
    -------
    pathlib.Path

    Raises
    ------
    FileExistsError
        When ``path`` exists and ``overwrite`` is false.
    """
    path = Path(path)
    if path.exists() and not overwrite:
        raise FileExistsError(f"{path} exists; a template never replaces decisions (choose another file)")
    template = decisions_template(candidates)
    rows = template.astype(object).where(template.notna(), "").itertuples(index=False)
    return atomic_write_text(path, csv_text([list(template.columns), *rows]))  # a quote's lone \r is quoted too
