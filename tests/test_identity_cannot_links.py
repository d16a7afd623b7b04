"""Cannot-links only where the grammar says two events (round 17): a passive and the active clause that names its
subject outside its own subject are one act; a name that is no doer of either clause does not make two actions two
events; a score merely below zero is no cannot-link."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import timeline.identity as identity
from timeline.articles import Article, find_regions
from timeline.events import EventSchema as E
from timeline.extract import extract_article
from timeline.identity import CANNOT_LINK, features, link_score, merge, prepare, score_pairs


def _article(text: str, art_id: str) -> Article:
    return Article(id=art_id, path=Path(f"{art_id}.txt"), text=text, title="", published=dt.date(2022, 7, 12),
                   regions=find_regions(text))


def _records(*texts: str) -> list[dict]:
    return [r for k, t in enumerate(texts) for r in extract_article(_article(t, chr(ord("a") + k)))]


def _ids(*texts: str):
    frame = merge(_records(*texts))
    return frame.drop_duplicates(E.source).set_index(E.source)[E.event_id]


@pytest.mark.parametrize("passive, active", [
    ("The Harbor Safety Act was signed into law on June 3, 2022.",  # legislation
     "On June 3, 2022, Governor Ann Lee signed into law the Harbor Safety Act, which funds new patrol boats."),
    ("The Riverton Cup was presented on May 2, 2022.",  # sport
     "On May 2, 2022, Mayor Bo Roe presented to the captains the Riverton Cup."),
])
def test_a_passive_and_the_active_clause_naming_its_subject_are_one_act(passive, active):
    """The active clause's object comes after *into law* / *to the captains* and is not read as its object, but it
    names the passive's subject outside its own subject, with the same action: one act from both sides."""
    ids = _ids(passive, active)
    assert ids["a"] == ids["b"]


@pytest.mark.parametrize("passive, active", [
    ("The Harbor Safety Act was repealed on June 3, 2022.",  # another action: the repeal is another event
     "On June 3, 2022, Governor Ann Lee signed into law the Harbor Safety Act, which funds new patrol boats."),
    ("The Riverton Cup was stolen on May 2, 2022.",
     "On May 2, 2022, Mayor Bo Roe presented to the captains the Riverton Cup."),
])
def test_a_passive_of_another_action_stays_apart(passive, active):
    ids = _ids(passive, active)
    assert ids["a"] != ids["b"]


@pytest.mark.parametrize("first, second", [
    ("Mayor Ann Lee said a new era had begun on May 2, 2022.",  # civic speech
     "Mayor Ann Lee said on May 2, 2022 that the day belonged to the people."),
    ("Astronomer Bo Roe said the comet brightened on March 3, 2022.",  # science
     "Astronomer Bo Roe said on March 3, 2022 that the telescope recorded a flare."),
])
def test_a_shared_speaker_is_no_doer_and_makes_no_cannot_link(first, second):
    """The name both give is the speaker of the reported words, not the doer of the clause's action: two reported
    actions of two unnamed doers are no proof of two events (whether they link is up to the other evidence)."""
    fa, fb = (features(r) for r in _records(first, second))
    assert not fa.subject and not fb.subject and fa.actors & fb.actors
    assert link_score(fa, fb, {}) != CANNOT_LINK


@pytest.mark.parametrize("first, second", [
    ("Acme Corp raised its offer on June 1, 2022.", "Acme Corp closed its Ohio plant on June 1, 2022."),  # business
    ("The Halden Rovers sacked their coach on May 2, 2022.",  # sport
     "The Halden Rovers opened their new stadium on May 2, 2022."),
])
def test_one_named_doer_with_two_actions_is_still_a_cannot_link(first, second):
    fa, fb = (features(r) for r in _records(first, second))
    assert fa.subject and fa.subject & fb.subject
    assert link_score(fa, fb, {}) == CANNOT_LINK


@pytest.mark.parametrize("texts", [
    ("Floods closed the Halden bridge on May 2, 2022.", "Rescuers reached the Halden valley on May 2, 2022."),  # weather
    ("The Rovers won the cup final on May 2, 2022.", "The Rovers' coach resigned on May 2, 2022."),  # sport
])
@pytest.mark.parametrize("score, conflict", [(-0.05, False), (-0.3, False), (CANNOT_LINK, True)])
def test_only_a_cannot_link_score_is_a_conflict(monkeypatch, texts, score, conflict):
    """A score below zero because the penalties of :func:`link_score` outweigh what two mentions share is no link and
    no conflict; only the cannot-link score keeps two mentions apart for good."""
    prep = prepare(_records(*texts))
    assert len(prep.records) == 2
    monkeypatch.setattr(identity, "link_score", lambda *a, **k: score)
    links, conflicts = score_pairs(prep, [(0, 1)])
    assert not links
    assert bool(conflicts) is conflict
