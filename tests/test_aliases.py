"""Tests of the folder's alias table: a role noun and the one name that carries it (timeline.aliases)."""

from __future__ import annotations

from timeline.aliases import Alias, alias_table, resolve, retitle, role_names, table_of
from timeline.identity import features, link_score


def _roles(text: str) -> dict[str, str]:
    return {" ".join(sorted(role)): alias.name for role, alias in role_names(text)}


def test_role_names_reads_titles_companies_and_bodies() -> None:
    got = _roles("Energy Secretary Ann Lorrey spoke at noon. Brightwell Corp. cut its forecast. "
                 "The Harbor Safety Agency (HSA) grounded the ferries.")
    assert got == {"energy secretary": "Lorrey", "company": "Brightwell", "agency": "HSA"}


def test_role_names_skips_former_holders_and_headlines() -> None:
    assert _roles("The former President Ted Varnholt wrote a letter to the council.") == {}
    assert _roles("Statement by the Governor Following Talks With Harbor Pilots") == {}


def test_one_dominant_name_is_the_alias_two_are_none() -> None:
    table = alias_table({"p1": "President Ann Quill met the board. President Quill left.",
                         "p2": "President Ann Quill spoke. President Addresses Town once, said a stray line."})
    assert table.roles[frozenset({"president"})].name == "Quill"
    two = alias_table({"p1": "President Ann Quill spoke. President Quill left.",
                       "p2": "President Bo Varnholt spoke. President Varnholt left."})
    assert frozenset({"president"}) not in two.roles


def test_a_page_naming_another_known_holder_keeps_it() -> None:
    table = table_of({
        "new": [(frozenset({"president"}), Alias(frozenset({"quill"}), "Quill"))] * 12,
        "old": [(frozenset({"president"}), Alias(frozenset({"varnholt"}), "Varnholt"))] * 2,
        "both": [(frozenset({"president"}), Alias(frozenset({"quill"}), "Quill")),
                 (frozenset({"president"}), Alias(frozenset({"varnholt"}), "Varnholt"))],
    })
    role = frozenset({"president"})
    assert table.alias(role, "new").name == "Quill"
    assert table.alias(role, "elsewhere").name == "Quill"
    assert table.alias(role, "old").name == "Varnholt"
    assert table.alias(role, "both") is None


def test_resolve_gives_a_role_subject_the_name() -> None:
    table = alias_table({"p1": "President Ann Quill toured the dam. President Quill spoke."})
    role = features({"quote": "On Monday, the president signed the harbor bill.", "date_text": "Monday"})
    named = features({"quote": "On Monday, Ann Quill signed the harbor bill.", "date_text": "Monday"})
    (resolved,) = resolve([role], ["p2"], table)
    assert resolved.subject == frozenset({"quill"}) and "quill" in resolved.actors
    idf: dict[str, float] = {}
    assert link_score(resolved, named, idf) > link_score(role, named, idf)


def test_retitle_puts_the_name_for_a_bare_role() -> None:
    table = alias_table({"p1": "Brightwell Corp. said so. Brightwell Corp. cut jobs."})
    assert retitle("Company cuts 500 jobs", "p1", table) == "Brightwell cuts 500 jobs"
    assert retitle("The company cuts 500 jobs", "p1", table) == "Brightwell cuts 500 jobs"
    assert retitle("Governor cuts the budget", "p1", table) == "Governor cuts the budget"
    assert retitle("Company Brightwell cuts jobs", "p1", table) == "Company Brightwell cuts jobs"


def test_a_title_named_by_a_longer_alias_still_fits():
    """A name longer than its role ('President' → 'Roebuckinghamshire') is cut again to the title limit."""
    from timeline.titles import MAX_TITLE

    text = ("President Ann Roebuckinghamshire spoke to the nation about the harbor and the ships that were lost.\n"
            "Later that week, President Ann Roebuckinghamshire signed the order that would rebuild the harbor walls.")
    named = retitle("President signs sweeping overhaul of national harbor rules", "a", alias_table({"a": text}))
    assert named.startswith("Roebuckinghamshire signs") and len(named) <= MAX_TITLE
